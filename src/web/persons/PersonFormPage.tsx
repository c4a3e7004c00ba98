import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import {
  IDENTITY_DOCUMENT_TYPES,
  PERSON_CATEGORIES,
  PERSON_CATEGORY_LABELS,
  SEXES,
  SEX_LABELS,
} from '../../domain/persons/categories';
import { personInputSchema, type Person } from '../../domain/persons/personSchemas';
import { ApiError, type ApiErrorDetail } from '../api/apiClient';
import { applyFieldErrors } from '../api/applyFieldErrors';
import { checkForm } from '../forms/checkForm';
import { NewOrLoaded } from '../forms/Loaded';
import { HometownCommuneField } from './HometownCommuneField';
import { useLanguage } from '../i18n/LanguageProvider';
import type { MessageKey } from '../i18n/messages';
import { useCountryOptions, useProvinceOptions } from '../reference/useProvinces';
import { enumOptions } from '../i18n/labelOf';
import { RelativeFields } from '../relatives/RelativeFields';
import { AssociationSelect } from '../associations/AssociationSelect';
import { fromFormValues, toFormValues, WHOLE_FIELDS, type PersonFormValues } from './personFormValues';
import { usePerson, usePersonMutations } from './usePersons';
import { FormError } from '../forms/FormError';
import { ProvinceField } from '../forms/ProvinceField';
import { SaveCancel } from '../forms/SaveCancel';

// The birth date is one value on the wire and three boxes on screen.
const onScreen = (details: ApiErrorDetail[]) =>
  details.map((d) => (d.path.startsWith('birthDate') ? { ...d, path: 'birthYear' } : d));

export function PersonFormPage() {
  const { id } = useParams();
  return (
    <NewOrLoaded id={id} query={usePerson(id)}>
      {(record) => <PersonForm person={record} />}
    </NewOrLoaded>
  );
}

function PersonForm({ person }: { person: Person | null }) {
  const { t, language } = useLanguage();
  const navigate = useNavigate();
  const countryOptions = useCountryOptions(language);
  const provinceOptions = useProvinceOptions();
  const { create, update } = usePersonMutations();
  const [form] = Form.useForm<PersonFormValues>();
  const [formError, setFormError] = useState<string | null>(null);

  const submit = (values: PersonFormValues) => {
    setFormError(null);
    const input = checkForm(personInputSchema, fromFormValues(values), form, language, WHOLE_FIELDS, onScreen);
    if (!input) return;
    const onError = (error: unknown) => {
      const shown =
        error instanceof ApiError
          ? new ApiError(error.status, error.code, error.message, onScreen(error.details))
          : error;
      setFormError(applyFieldErrors(form, shown, t('errorGeneric'), WHOLE_FIELDS));
    };
    const onSuccess = (saved: Person) => navigate(`/persons/${saved.id}`);
    if (person) update.mutate({ id: person.id, input: input, version: person.version }, { onSuccess, onError });
    else create.mutate(input, { onSuccess, onError });
  };

  const section = (title: MessageKey) => <Typography.Title level={5}>{t(title)}</Typography.Title>;
  return (
    <Card title={person ? `${t('editPerson')}: ${person.fullName}` : t('newPerson')}>
      <FormError message={formError} />
      <Form<PersonFormValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        // A commune chosen for the old text is not the new text's.
        onValuesChange={(changed: Partial<PersonFormValues>) => {
          if ('hometownText' in changed) form.setFieldValue('hometownCommuneCode', null);
        }}
        initialValues={person ? toFormValues(person) : { aliases: [], relatives: [], identityDocuments: [] }}
      >
        {section('sectionIdentity')}
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="fullName" label={t('fullName')} required>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name="sex" label={t('sex')}>
              <Select allowClear options={enumOptions(SEXES, SEX_LABELS, language)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t('birthDate')} extra={t('birthDateHint')}>
              <Space.Compact>
                <Form.Item name="birthDay" noStyle>
                  <InputNumber placeholder={t('day')} min={1} max={31} style={{ width: 70 }} />
                </Form.Item>
                <Form.Item name="birthMonth" noStyle>
                  <InputNumber placeholder={t('month')} min={1} max={12} style={{ width: 70 }} />
                </Form.Item>
                <Form.Item name="birthYear" noStyle>
                  <InputNumber placeholder={t('year')} style={{ width: 90 }} />
                </Form.Item>
              </Space.Compact>
            </Form.Item>
          </Col>
        </Row>
        <Form.List name="aliases">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="baseline">
                  <Form.Item name={[field.name, 'name']} label={t('alias')}>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[field.name, 'kind']} label={t('aliasKind')} initialValue="other">
                    <Select
                      style={{ width: 160 }}
                      options={(['married', 'english', 'religious', 'other'] as const).map((k) => ({
                        value: k,
                        label: t(`alias_${k}`),
                      }))}
                    />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(field.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} style={{ marginBottom: 16 }}>
                {t('addAlias')}
              </Button>
            </>
          )}
        </Form.List>
        {section('sectionAbroad')}
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="residenceCountry" label={t('residenceCountry')}>
              <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={countryOptions} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="residenceCity" label={t('residenceCity')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="nationalities" label={t('nationalities')}>
              <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={countryOptions} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="addressAbroad" label={t('addressAbroad')}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        {section('sectionHometown')}
        <Row gutter={16}>
          <Col xs={24} md={16}>
            <Form.Item name="hometownText" label={t('hometownText')} extra={t('hometownHint')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <ProvinceField name="hometownProvinceCode" label={t('hometownProvince')} required={false} />
          </Col>
          <Col xs={24} md={12}>
            <HometownCommuneField form={form} />
          </Col>
        </Row>
        {section('sectionWork')}
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="categories" label={t('category')}>
              <Select mode="multiple" options={enumOptions(PERSON_CATEGORIES, PERSON_CATEGORY_LABELS, language)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="expertise" label={t('expertise')}>
              <Select mode="tags" open={false} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="educationLevel" label={t('educationLevel')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="occupation" label={t('occupation')}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        {section('sectionContact')}
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="phones" label={t('phone')} extra={t('phoneHint')}>
              <Select mode="tags" open={false} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="emails" label={t('email')}>
              <Select mode="tags" open={false} />
            </Form.Item>
          </Col>
        </Row>
        <Form.List name="identityDocuments">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="baseline" wrap>
                  <Form.Item name={[field.name, 'type']} label={t('documentType')} initialValue="passport">
                    <Select
                      style={{ width: 160 }}
                      options={IDENTITY_DOCUMENT_TYPES.map((d) => ({ value: d, label: t(`doc_${d}`) }))}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'number']} label={t('documentNumber')}>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[field.name, 'issuingCountry']} label={t('issuingCountry')} initialValue="VN">
                    <Select
                      style={{ width: 180 }}
                      showSearch={{ optionFilterProp: 'label' }}
                      options={countryOptions}
                    />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(field.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} style={{ marginBottom: 16 }}>
                {t('addDocument')}
              </Button>
            </>
          )}
        </Form.List>
        {section('sectionRelatives')}
        <RelativeFields provinceOptions={provinceOptions} />
        {section('sectionSource')}
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <ProvinceField name="sourceProvinceCode" label={t('sourceProvince')} required={false} />
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="sourceAgency" label={t('sourceAgency')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="sourceAssociationId" label={t('sourceAssociation')}>
              <AssociationSelect style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="notes" label={t('notes')}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </Col>
        </Row>
        <SaveCancel saving={create.isPending || update.isPending} />
      </Form>
    </Card>
  );
}
