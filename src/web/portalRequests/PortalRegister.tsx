import { Checkbox, Form, Input, InputNumber, Select } from 'antd';
import { CONSENT_TEXTS } from '../../domain/consent/consentPurposes';
import { SEX_LABELS, SEXES, type Sex } from '../../domain/persons/categories';
import { useCountryOptions } from '../reference/useProvinces';
import { RequestFormCard, useRequestForm } from './RequestFormCard';
import { mustAgree, splitList } from './useSendRequest';

interface Values {
  fullName?: string;
  sex?: Sex;
  birthYear?: number;
  residenceCountry?: string;
  residenceCity?: string;
  hometownText?: string;
  phones?: string;
}

/** One whose account links no record registers: the Department finds their record or makes one. */
export function PortalRegister() {
  const { t, language, form, label, send, request } = useRequestForm<Values>();
  const countries = useCountryOptions(language);
  const submit = (v: Values) =>
    send({
      kind: 'registration',
      person: {
        fullName: v.fullName?.trim() ?? '',
        sex: v.sex ?? null,
        birthDate: v.birthYear ? { year: v.birthYear } : null,
        residenceCountry: v.residenceCountry ?? null,
        residenceCity: v.residenceCity?.trim() || null,
        addressAbroad: null,
        hometownText: v.hometownText?.trim() || null,
        hometownProvinceCode: null,
        phones: splitList(v.phones),
      },
      // onFinish runs only once the box is ticked (mustAgree); the server checks it too.
      agreeRegistry: true,
    });
  return (
    <RequestFormCard<Values>
      title={t('portalRegisterTitle')}
      hint={t('portalRegisterHint')}
      form={form}
      request={request}
      onFinish={submit}
      submitLabel={t('portalSendRequest')}
    >
      <Form.Item name="fullName" label={label('fullName')} rules={[{ required: true }]}>
        <Input />
      </Form.Item>
      <Form.Item name="sex" label={label('sex')}>
        <Select allowClear options={SEXES.map((s) => ({ value: s, label: SEX_LABELS[s][language] }))} />
      </Form.Item>
      <Form.Item name="birthYear" label={label('birthDate')}>
        <InputNumber min={1900} max={2100} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="residenceCountry" label={label('residenceCountry')}>
        <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={countries} />
      </Form.Item>
      <Form.Item name="residenceCity" label={label('residenceCity')}>
        <Input />
      </Form.Item>
      <Form.Item name="hometownText" label={label('hometownText')}>
        <Input />
      </Form.Item>
      <Form.Item name="phones" label={label('phones')} extra={t('portalPhonesHint')}>
        <Input inputMode="tel" />
      </Form.Item>
      <Form.Item name="agree" valuePropName="checked" rules={[mustAgree(t('portalMustAgree'))]}>
        <Checkbox>{CONSENT_TEXTS.registry[language]}</Checkbox>
      </Form.Item>
    </RequestFormCard>
  );
}
