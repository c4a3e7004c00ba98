import { Card, Col, Form, Row } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { registerInputSchema } from '../../domain/registers/registerSchemas';
import type { RegisterSpec } from '../../domain/registers/registerSpec';
import { applyFieldErrors } from '../api/applyFieldErrors';
import { useSession } from '../auth/useSession';
import { checkForm } from '../forms/checkForm';
import { NewOrLoaded } from '../forms/Loaded';
import { useLanguage } from '../i18n/LanguageProvider';

import { RegisterField } from './RegisterField';
import { useRegisterMutations, useRegisterRecord, type Names, type RegisterRecord } from './useRegister';
import { FormError } from '../forms/FormError';
import { ProvinceField } from '../forms/ProvinceField';
import { SaveCancel } from '../forms/SaveCancel';

export function RegisterFormPage({ spec }: { spec: RegisterSpec }) {
  const { id } = useParams();
  return (
    <NewOrLoaded id={id} query={useRegisterRecord(spec, id)}>
      {(loaded) => <RegisterForm spec={spec} record={loaded?.record ?? null} names={loaded?.names ?? {}} />}
    </NewOrLoaded>
  );
}

// Lists chosen in one control: their errors show on the whole control.
const wholeFields = (spec: RegisterSpec) =>
  spec.fields
    .filter((f) => ['countries', 'enums', 'tags', 'persons', 'agreements'].includes(f.kind))
    .map((f) => f.name);

/** A register's record, new or changed, with every field its spec has, checked as the server checks it. */
function RegisterForm({ spec, record, names }: { spec: RegisterSpec; record: RegisterRecord | null; names: Names }) {
  const { t, language } = useLanguage();
  const navigate = useNavigate();
  const session = useSession();
  const { create, update } = useRegisterMutations(spec, record?.id);
  const [form] = Form.useForm();
  const [formError, setFormError] = useState<string | null>(null);
  const submit = (values: Record<string, unknown>) => {
    setFormError(null);
    const input = checkForm(
      registerInputSchema(spec),
      { ...values, version: record?.version },
      form,
      language,
      wholeFields(spec),
    );
    if (!input) return;
    const onError = (error: unknown) =>
      setFormError(applyFieldErrors(form, error, t('errorGeneric'), wholeFields(spec)));
    const onSuccess = (saved: { record: RegisterRecord }) => navigate(`/${spec.key}/${saved.record.id}`);
    if (record) update.mutate(input, { onSuccess, onError });
    else create.mutate(input, { onSuccess, onError });
  };
  const wide = (kind: string) => ['longText', 'enums', 'tags', 'persons', 'agreements', 'countries'].includes(kind);
  return (
    <Card title={record ? `${t('edit')}: ${spec.singular[language]}` : `${t('create')}: ${spec.singular[language]}`}>
      <FormError message={formError} />
      <Form form={form} layout="vertical" onFinish={submit} initialValues={record ?? {}}>
        <Row gutter={16}>
          {session.data?.user.provinceCode === null && !record && (
            <Col xs={24} md={8}>
              <ProvinceField />
            </Col>
          )}
          {spec.fields.map((field) => (
            <Col key={field.name} xs={24} md={wide(field.kind) ? 24 : 8}>
              <RegisterField field={field} names={names} />
            </Col>
          ))}
        </Row>
        <SaveCancel saving={create.isPending || update.isPending} />
      </Form>
    </Card>
  );
}
