import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Form, Input, Row, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import {
  ASSOCIATION_FIELD_LABELS,
  ASSOCIATION_FIELDS,
  ASSOCIATION_KIND_LABELS,
  ASSOCIATION_KINDS,
} from '../../domain/associations/categories';
import {
  associationInputSchema,
  type Association,
  type AssociationInput,
} from '../../domain/associations/associationSchemas';
import { applyFieldErrors } from '../api/applyFieldErrors';
import { useSession } from '../auth/useSession';
import { checkForm } from '../forms/checkForm';
import { dateField } from '../forms/dateField';
import { enumOptions } from '../i18n/labelOf';
import { NewOrLoaded } from '../forms/Loaded';
import { useLanguage } from '../i18n/LanguageProvider';
import { useCountryOptions } from '../reference/useProvinces';
import { useAssociation, useAssociationMutations } from './useAssociations';
import { FormError } from '../forms/FormError';
import { ProvinceField } from '../forms/ProvinceField';
import { SaveCancel } from '../forms/SaveCancel';

// Tag lists are one control each: their errors show on the whole list.
const WHOLE_FIELDS = ['phones', 'emails', 'fields'];

export function AssociationFormPage() {
  const { id } = useParams();
  return (
    <NewOrLoaded id={id} query={useAssociation(id)}>
      {(record) => <AssociationForm association={record} />}
    </NewOrLoaded>
  );
}

function AssociationForm({ association }: { association: Association | null }) {
  const { t, language } = useLanguage();
  const navigate = useNavigate();
  const session = useSession();
  const countryOptions = useCountryOptions(language);
  const { create, update } = useAssociationMutations(association?.id);
  const [form] = Form.useForm<AssociationInput>();
  const [formError, setFormError] = useState<string | null>(null);
  const kind = Form.useWatch('kind', form);
  const isNational = session.data?.user.provinceCode === null;

  const submit = (values: AssociationInput) => {
    setFormError(null);
    const input = checkForm(associationInputSchema, values, form, language, WHOLE_FIELDS);
    if (!input) return;
    const onError = (error: unknown) => setFormError(applyFieldErrors(form, error, t('errorGeneric'), WHOLE_FIELDS));
    const onSuccess = (saved: Association) => navigate(`/associations/${saved.id}`);
    if (association) update.mutate({ ...input, version: association.version }, { onSuccess, onError });
    else create.mutate(input, { onSuccess, onError });
  };

  return (
    <Card title={association ? `${t('associationEdit')}: ${association.name}` : t('associationNew')}>
      <FormError message={formError} />
      <Form<AssociationInput>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          association ?? { kind: 'overseas', status: 'active', fields: [], phones: [], emails: [], leaders: [] }
        }
      >
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <Form.Item name="kind" label={t('associationKind')} required>
              <Select options={enumOptions(ASSOCIATION_KINDS, ASSOCIATION_KIND_LABELS, language)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="name" label={t('associationName')} required>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="status" label={t('associationStatus')}>
              <Select
                options={[
                  { value: 'active', label: t('associationActive') },
                  { value: 'inactive', label: t('associationInactive') },
                ]}
              />
            </Form.Item>
          </Col>
          {isNational && (
            <Col xs={24} md={6}>
              <ProvinceField label={t('associationProvince')} />
            </Col>
          )}
          <Col xs={24} md={6}>
            <Form.Item name="country" label={t('associationCountry')} required={kind === 'overseas'}>
              <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={countryOptions} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="city" label={t('associationCity')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="foundedOn" label={t('associationFounded')} {...dateField}>
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="fields" label={t('associationFields')}>
              <Select mode="multiple" options={enumOptions(ASSOCIATION_FIELDS, ASSOCIATION_FIELD_LABELS, language)} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="description" label={t('associationDescription')}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Title level={5}>{t('associationContacts')}</Typography.Title>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="address" label={t('address')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="website" label={t('associationWebsite')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="phones" label={t('phone')}>
              <Select mode="tags" open={false} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="emails" label={t('email')}>
              <Select mode="tags" open={false} />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Title level={5}>{t('associationLeaders')}</Typography.Title>
        <Form.List name="leaders">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="baseline" wrap>
                  <Form.Item name={[field.name, 'name']} label={t('associationLeaderName')}>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[field.name, 'title']} label={t('associationLeaderTitle')}>
                    <Input style={{ width: 180 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'phone']} label={t('phone')}>
                    <Input style={{ width: 160 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'email']} label={t('email')}>
                    <Input style={{ width: 200 }} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(field.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} style={{ marginBottom: 16 }}>
                {t('associationAddLeader')}
              </Button>
            </>
          )}
        </Form.List>
        <SaveCancel saving={create.isPending || update.isPending} />
      </Form>
    </Card>
  );
}
