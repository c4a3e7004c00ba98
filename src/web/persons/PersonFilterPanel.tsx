import { Button, Form, Input, InputNumber, Select, Space, type FormInstance } from 'antd';
import {
  CONSENT_PURPOSE_LABELS,
  CONSENT_PURPOSES,
  CONSENT_STATE_LABELS,
  CONSENT_STATES,
} from '../../domain/consent/consentPurposes';
import { PERSON_CATEGORIES, SEXES } from '../../domain/persons/categories';
import { useLanguage } from '../i18n/LanguageProvider';
import { useCommunes, useCountryOptions, useProvinces } from '../reference/useProvinces';
import { categoryLabel, sexLabel } from './labels';
import type { PersonFilters } from './usePersons';

/** Bộ lọc: the person list's filters; province and country by 2025 or legacy name. */
export function PersonFilterPanel({ onChange }: { onChange(filters: PersonFilters): void }) {
  const { t, language } = useLanguage();
  const countryOptions = useCountryOptions(language);
  const provinces = useProvinces();
  const [form] = Form.useForm<PersonFilters>();
  const provinceOptions = [
    ...(provinces.data?.provinces.map((p) => ({ value: p.name, label: p.name })) ?? []),
    ...(provinces.data?.legacy
      .filter((l) => !provinces.data?.provinces.some((p) => p.name === l.name))
      .map((l) => ({ value: l.name, label: `${l.name} (${t('legacyShort')})` })) ?? []),
  ];
  const submit = (values: PersonFilters) =>
    onChange(Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== null && v !== '')));

  return (
    <Form
      form={form}
      layout="inline"
      onFinish={submit}
      // A commune belongs to the province chosen with it.
      onValuesChange={(changed: PersonFilters) => {
        if ('province' in changed) form.setFieldValue('commune', undefined);
      }}
      style={{ rowGap: 8, marginBottom: 16 }}
    >
      <Form.Item name="q">
        <Input.Search
          placeholder={t('personSearchPlaceholder')}
          allowClear
          style={{ width: 280 }}
          onSearch={() => form.submit()}
        />
      </Form.Item>
      <Form.Item name="country">
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('residenceCountry')}
          style={{ width: 180 }}
          options={countryOptions}
        />
      </Form.Item>
      <Form.Item name="province">
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('hometown')}
          style={{ width: 180 }}
          options={provinceOptions}
        />
      </Form.Item>
      <CommuneFilter form={form} />
      <Form.Item name="category">
        <Select
          allowClear
          placeholder={t('category')}
          style={{ width: 200 }}
          options={PERSON_CATEGORIES.map((c) => ({ value: c, label: categoryLabel(c, language) }))}
        />
      </Form.Item>
      <Form.Item name="sex">
        <Select
          allowClear
          placeholder={t('sex')}
          style={{ width: 100 }}
          options={SEXES.map((s) => ({ value: s, label: sexLabel(s, language) }))}
        />
      </Form.Item>
      <Form.Item label={t('birthYear')}>
        <Space.Compact>
          <Form.Item name="birthYearFrom" noStyle>
            <InputNumber placeholder={t('from')} min={1900} max={2100} style={{ width: 90 }} />
          </Form.Item>
          <Form.Item name="birthYearTo" noStyle>
            <InputNumber placeholder={t('to')} min={1900} max={2100} style={{ width: 90 }} />
          </Form.Item>
        </Space.Compact>
      </Form.Item>
      <Form.Item name="expertise">
        <Input placeholder={t('expertise')} allowClear style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="consent">
        <Select
          allowClear
          placeholder={t('consentFilter')}
          style={{ width: 220 }}
          options={CONSENT_PURPOSES.map((p) => ({ value: p, label: CONSENT_PURPOSE_LABELS[p][language] }))}
        />
      </Form.Item>
      <Form.Item name="consentState">
        <Select
          allowClear
          placeholder={t('consentFilterState')}
          style={{ width: 150 }}
          options={CONSENT_STATES.map((s) => ({ value: s, label: CONSENT_STATE_LABELS[s][language] }))}
        />
      </Form.Item>
      <Form.Item name="sourceProvince">
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('source')}
          style={{ width: 160 }}
          options={provinces.data?.provinces.map((p) => ({ value: p.name, label: p.name }))}
        />
      </Form.Item>
      <Form.Item name="phone">
        <Input placeholder={t('phone')} allowClear style={{ width: 150 }} />
      </Form.Item>
      <Form.Item name="document">
        <Input placeholder={t('documentNumber')} allowClear style={{ width: 150 }} />
      </Form.Item>
      <Form.Item name="sort" initialValue="name">
        <Select
          style={{ width: 190 }}
          options={[
            { value: 'name', label: t('sortByName') },
            { value: 'updated', label: t('sortByUpdated') },
          ]}
        />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit">
          {t('search')}
        </Button>
        <Button
          onClick={() => {
            form.resetFields();
            onChange({});
          }}
        >
          {t('clearFilters')}
        </Button>
      </Space>
    </Form>
  );
}

/** Xã, phường (2025) of the hometown, once a province is chosen (a former province gives the one it joined). */
function CommuneFilter({ form }: { form: FormInstance<PersonFilters> }) {
  const { t } = useLanguage();
  const provinces = useProvinces();
  const chosen = Form.useWatch('province', form);
  const province =
    provinces.data?.provinces.find((p) => p.name === chosen)?.code ??
    provinces.data?.legacy.find((l) => l.name === chosen)?.newCode ??
    null;
  const communes = useCommunes(province);
  if (!province) return null;
  return (
    <Form.Item name="commune">
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('hometownCommune')}
        style={{ width: 200 }}
        options={communes.data?.map((c) => ({ value: c.code, label: c.fullName }))}
      />
    </Form.Item>
  );
}
