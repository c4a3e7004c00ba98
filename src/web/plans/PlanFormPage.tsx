import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Form, Input, InputNumber, Row, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { planInputSchema, type Plan, type PlanInput } from '../../domain/plans/planSchemas';
import { applyFieldErrors } from '../api/applyFieldErrors';
import { useSession } from '../auth/useSession';
import { checkForm } from '../forms/checkForm';
import { dateField } from '../forms/dateField';
import { NewOrLoaded } from '../forms/Loaded';
import { useLanguage } from '../i18n/LanguageProvider';

import { useAgencies, usePlan, usePlanMutations } from './usePlans';
import { FormError } from '../forms/FormError';
import { ProvinceField } from '../forms/ProvinceField';
import { SaveCancel } from '../forms/SaveCancel';
import { ParagraphListField } from '../forms/ParagraphListField';

export function PlanFormPage() {
  const { id } = useParams();
  return (
    <NewOrLoaded id={id} query={usePlan(id)}>
      {(plan) => <PlanForm plan={plan} />}
    </NewOrLoaded>
  );
}

/** A plan as input again: its tasks by id, so that they keep their reports. */
function inputOf(plan: Plan): PlanInput {
  return {
    provinceCode: plan.provinceCode,
    number: plan.number,
    issuedOn: plan.issuedOn,
    issuer: plan.issuer,
    title: plan.title,
    legalBases: plan.legalBases,
    purposes: plan.purposes,
    duties: plan.duties,
    year: plan.year,
    reportDueOn: plan.reportDueOn,
    tasks: plan.taskList.map((task) => ({
      id: task.id,
      content: task.content,
      leadAgencyId: task.leadAgency.id,
      partnerAgencyIds: task.partnerAgencies.map((p) => p.id),
      indicators: task.indicators,
      dueOn: task.dueOn,
    })),
    version: plan.version,
  };
}

/** Records a plan (number, date, issuer, legal bases, year, report deadline) and its tasks. */
function PlanForm({ plan }: { plan: Plan | null }) {
  const { t, language } = useLanguage();
  const navigate = useNavigate();
  const session = useSession();
  const [form] = Form.useForm<PlanInput>();
  const province = Form.useWatch<string | undefined>('provinceCode', form);
  const agencies = useAgencies(plan?.provinceCode ?? province);
  const { create, update } = usePlanMutations(plan?.id);
  const [formError, setFormError] = useState<string | null>(null);
  const agencyOptions = agencies.data?.filter((a) => a.isActive).map((a) => ({ value: a.id, label: a.name }));
  const submit = (values: PlanInput) => {
    setFormError(null);
    const input = checkForm(planInputSchema, { ...values, version: plan?.version }, form, language, ['legalBases']);
    if (!input) return;
    const onError = (error: unknown) => setFormError(applyFieldErrors(form, error, t('errorGeneric')));
    const onSuccess = (saved: Plan) => navigate(`/plans/${saved.id}`);
    if (plan) update.mutate(input, { onSuccess, onError });
    else create.mutate(input, { onSuccess, onError });
  };
  return (
    <Card title={plan ? `${t('planEdit')}: ${plan.number}` : t('planNew')}>
      <FormError message={formError} />
      <Form<PlanInput>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          plan ? inputOf(plan) : { year: new Date().getFullYear(), legalBases: [], purposes: [], duties: [], tasks: [] }
        }
      >
        <Row gutter={16}>
          {session.data?.user.provinceCode === null && !plan && (
            <Col xs={24} md={6}>
              <ProvinceField />
            </Col>
          )}
          <Col xs={24} md={6}>
            <Form.Item name="number" label={t('planNumber')} required>
              <Input placeholder="38/KH-UBND" />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name="issuedOn" label={t('planIssuedOn')} required {...dateField}>
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={3}>
            <Form.Item name="year" label={t('planYear')} required>
              <InputNumber style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={5}>
            <Form.Item name="reportDueOn" label={t('planReportDue')} required {...dateField}>
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="issuer" label={t('planIssuer')} required>
              <Input placeholder="Ủy ban nhân dân thành phố Cần Thơ" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="title" label={t('planTitle')} required>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="legalBases" label={t('planLegalBases')}>
              <Select mode="tags" open={false} placeholder={t('planAddLegalBasis')} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <ParagraphListField name="purposes" label={t('planPurposes')} addLabel={t('planAddParagraph')} />
          </Col>
          <Col xs={24}>
            <ParagraphListField name="duties" label={t('planDuties')} addLabel={t('planAddParagraph')} />
          </Col>
        </Row>
        <Typography.Title level={5}>{t('planTasks')}</Typography.Title>
        <Form.List name="tasks">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, i) => (
                <Card
                  key={field.key}
                  size="small"
                  style={{ marginBottom: 12 }}
                  title={`${i + 1}.`}
                  extra={<MinusCircleOutlined onClick={() => remove(field.name)} />}
                >
                  <Form.Item name={[field.name, 'id']} hidden>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[field.name, 'content']} label={t('planTaskContent')}>
                    <Input.TextArea rows={2} />
                  </Form.Item>
                  <Space wrap>
                    <Form.Item name={[field.name, 'leadAgencyId']} label={t('planLead')}>
                      <Select
                        style={{ width: 300 }}
                        showSearch={{ optionFilterProp: 'label' }}
                        options={agencyOptions}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'partnerAgencyIds']} label={t('planPartners')}>
                      <Select
                        mode="multiple"
                        style={{ minWidth: 300 }}
                        showSearch={{ optionFilterProp: 'label' }}
                        options={agencyOptions}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'dueOn']} label={t('planTaskDue')} {...dateField}>
                      <DatePicker format="DD/MM/YYYY" />
                    </Form.Item>
                  </Space>
                  <Form.Item name={[field.name, 'indicators']} label={t('planIndicators')}>
                    <Input />
                  </Form.Item>
                </Card>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ partnerAgencyIds: [] })}
                style={{ marginBottom: 16 }}
              >
                {t('planAddTask')}
              </Button>
            </>
          )}
        </Form.List>
        <SaveCancel saving={create.isPending || update.isPending} />
      </Form>
    </Card>
  );
}
