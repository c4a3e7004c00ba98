import { Alert, Button, Card, Checkbox, DatePicker, Form, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { CONSENT_PURPOSES, CONSENT_PURPOSE_LABELS, type ConsentPurpose } from '../../domain/consent/consentPurposes';
import { SEX_LABELS } from '../../domain/persons/categories';
import type { ConsularRegistrationResult } from '../../domain/orgUnits/consularRegistration';
import { applyFieldErrors } from '../api/applyFieldErrors';
import { useSession } from '../auth/useSession';
import { FormError } from '../forms/FormError';
import { useLanguage } from '../i18n/LanguageProvider';
import { useCountryOptions } from '../reference/useProvinces';
import { useConsularRegistration } from './useOrgUnits';

interface Values {
  fullName: string;
  sex?: 'male' | 'female';
  birthYear?: string;
  residenceCountry: string;
  residenceCity?: string;
  hometownText: string;
  phone?: string;
  email?: string;
  formNumber: string;
  registeredOn: { format(f: string): string };
  given: ConsentPurpose[];
}

/**
 * Đăng ký công dân: the mission records a citizen of its district from the signed form; the
 * purposes ticked are the consents given on it, the others refused.
 */
export function ConsularRegistrationPage() {
  const { t, language } = useLanguage();
  const mission = useSession().data?.user.mission;
  const countries = (useCountryOptions(language) ?? []).filter((c) => mission?.countries.includes(String(c.value)));
  const register = useConsularRegistration();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<ConsularRegistrationResult | null>(null);
  const submit = (v: Values) => {
    setDone(null);
    const birthYear = v.birthYear ? Number(v.birthYear) : null;
    const input = {
      person: {
        fullName: v.fullName,
        sex: v.sex ?? null,
        birthDate: birthYear ? { year: birthYear } : null,
        residenceCountry: v.residenceCountry,
        residenceCity: v.residenceCity || null,
        hometownText: v.hometownText,
        phones: v.phone ? [v.phone] : [],
        emails: v.email ? [v.email] : [],
      },
      formNumber: v.formNumber,
      registeredOn: v.registeredOn.format('YYYY-MM-DD'),
      consents: CONSENT_PURPOSES.map((purpose) => ({
        purpose,
        decision: v.given.includes(purpose) ? ('given' as const) : ('refused' as const),
      })),
    };
    register.mutate(input, {
      onSuccess: (result) => {
        setDone(result);
        form.resetFields();
      },
      onError: (error) => setFormError(applyFieldErrors(form, error, t('errorGeneric'))),
    });
  };
  return (
    <Card title={`${t('consularTitle')} — ${mission?.name ?? ''}`}>
      <Typography.Paragraph type="secondary">{t('consularHint')}</Typography.Paragraph>
      {done && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={
            <Space direction="vertical">
              {done.person ? <Link to={`/persons/${done.personId}`}>{t('consularDone')}</Link> : t('consularDone')}
              {done.possibleDuplicates > 0 && t('consularDuplicates', { count: done.possibleDuplicates })}
              {!done.person && t('consularNotShared')}
            </Space>
          }
        />
      )}
      <FormError message={formError} />
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ given: ['registry'] }}>
        <Form.Item name="fullName" label={t('fullName')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Space wrap>
          <Form.Item name="sex" label={t('sex')}>
            <Select
              style={{ width: 120 }}
              allowClear
              options={(['male', 'female'] as const).map((sex) => ({ value: sex, label: SEX_LABELS[sex][language] }))}
            />
          </Form.Item>
          <Form.Item name="birthYear" label={t('birthYear')}>
            <Input style={{ width: 120 }} inputMode="numeric" />
          </Form.Item>
          <Form.Item name="residenceCountry" label={t('residenceCountry')} rules={[{ required: true }]}>
            <Select style={{ width: 220 }} showSearch={{ optionFilterProp: 'label' }} options={countries} />
          </Form.Item>
          <Form.Item name="residenceCity" label={t('residenceCity')}>
            <Input />
          </Form.Item>
        </Space>
        <Form.Item name="hometownText" label={t('hometown')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Space wrap>
          <Form.Item name="phone" label={t('phone')}>
            <Input />
          </Form.Item>
          <Form.Item name="email" label={t('userEmail')}>
            <Input type="email" />
          </Form.Item>
          <Form.Item name="formNumber" label={t('consularFormNumber')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="registeredOn" label={t('consularRegisteredOn')} rules={[{ required: true }]}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
        </Space>
        <Form.Item name="given" label={t('consularConsents')}>
          <Checkbox.Group
            options={CONSENT_PURPOSES.map((p) => ({ value: p, label: CONSENT_PURPOSE_LABELS[p][language] }))}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={register.isPending}>
          {t('consularTitle')}
        </Button>
      </Form>
    </Card>
  );
}
