import { Card, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { can } from '../../domain/auth/roles';
import { CASE_TYPE_LABELS, CASE_TYPES, URGENCIES, URGENCY_LABELS } from '../../domain/cases/caseCategories';
import { caseInputSchema, caseUpdateSchema, type CaseDetail } from '../../domain/cases/caseSchemas';
import { applyFieldErrors } from '../api/applyFieldErrors';
import { useSession } from '../auth/useSession';
import { checkForm } from '../forms/checkForm';
import { dateField } from '../forms/dateField';
import { enumOptions } from '../i18n/labelOf';
import { NewOrLoaded } from '../forms/Loaded';
import { useLanguage } from '../i18n/LanguageProvider';
import { useCountryOptions } from '../reference/useProvinces';
import { useCase, useCaseAssignees, useCaseMutations } from './useCases';
import { FormError } from '../forms/FormError';
import { ProvinceField } from '../forms/ProvinceField';
import { SaveCancel } from '../forms/SaveCancel';

export function CaseFormPage() {
  const { id } = useParams();
  return (
    <NewOrLoaded id={id} query={useCase(id)}>
      {(record) => <CaseForm theCase={record} />}
    </NewOrLoaded>
  );
}

type Values = Record<string, unknown>;

/** Opens a case (received), or changes what one says. */
function CaseForm({ theCase }: { theCase: CaseDetail | null }) {
  const { t, language } = useLanguage();
  const navigate = useNavigate();
  const session = useSession();
  const countryOptions = useCountryOptions(language);
  const { create, update } = useCaseMutations(theCase?.id);
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const user = session.data?.user;
  const manages = !!user && can(user.role, 'cases.manage');
  const province = Form.useWatch<string | undefined>('provinceCode', form);
  const assignees = useCaseAssignees(user?.provinceCode ?? province, manages && !theCase);

  const submit = (values: Values) => {
    setFormError(null);
    const onError = (error: unknown) => setFormError(applyFieldErrors(form, error, t('errorGeneric')));
    const onSuccess = (saved: CaseDetail | null) => saved && navigate(`/cases/${saved.id}`);
    if (theCase) {
      const input = checkForm(caseUpdateSchema, { ...values, version: theCase.version }, form, language);
      if (input) update.mutate(input, { onSuccess, onError });
    } else {
      const input = checkForm(caseInputSchema, values, form, language);
      if (input) create.mutate(input, { onSuccess, onError });
    }
  };

  return (
    <Card title={theCase ? `${t('caseEdit')}: ${theCase.code}` : t('caseNew')}>
      <FormError message={formError} />
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={theCase ?? { urgency: 'normal' }}>
        <Row gutter={16}>
          {!theCase && user?.provinceCode === null && !user.mission && (
            <Col xs={24} md={8}>
              <ProvinceField />
            </Col>
          )}
          <Col xs={24} md={16}>
            <Form.Item name="title" label={t('caseTitle')} required>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="type" label={t('caseType')} required>
              <Select options={enumOptions(CASE_TYPES, CASE_TYPE_LABELS, language)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="urgency" label={t('caseUrgency')}>
              <Select options={enumOptions(URGENCIES, URGENCY_LABELS, language)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="country" label={t('caseCountry')} required>
              <Select showSearch={{ optionFilterProp: 'label' }} options={countryOptions} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="location" label={t('caseLocation')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="occurredOn" label={t('caseOccurredOn')} {...dateField}>
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="reportedBy" label={t('caseReportedBy')}>
              <Input />
            </Form.Item>
          </Col>
          {manages && !theCase && (
            <Col xs={24} md={8}>
              <Form.Item name="assignedTo" label={t('caseAssigned')}>
                <Select allowClear options={assignees.data?.map((a) => ({ value: a.id, label: a.name }))} />
              </Form.Item>
            </Col>
          )}
          <Col xs={24}>
            <Form.Item name="summary" label={t('caseSummary')}>
              <Input.TextArea rows={4} />
            </Form.Item>
          </Col>
          {theCase && (
            <Col xs={24}>
              <Form.Item name="outcome" label={t('caseOutcome')}>
                <Input.TextArea rows={2} />
              </Form.Item>
            </Col>
          )}
        </Row>
        <SaveCancel saving={create.isPending || update.isPending} />
      </Form>
    </Card>
  );
}
