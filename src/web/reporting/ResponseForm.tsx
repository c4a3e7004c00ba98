import { Alert, App, Button, Card, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { FIGURES } from '../../domain/plans/figures';
import type { ReportingRequest, Response, ResponseInput } from '../../domain/reporting/reportingSchemas';
import { isWithProvince } from '../../domain/reporting/reportingStatus';
import { applyFieldErrors } from '../api/applyFieldErrors';
import { FormError } from '../forms/FormError';
import { useLanguage } from '../i18n/LanguageProvider';
import { usePlanList } from '../plans/usePlans';
import { ResponseContent } from './ResponseContent';
import { ResponseStatusTag } from './ResponseStatusTag';
import { useConsolidation, useReportingMutations } from './useReporting';

/**
 * The Sở Ngoại vụ's side of a request: the plan that assigns the parts to its agencies, their
 * accepted reports added up, the figures and sections, saved and sent to the Ministry.
 */
export function ResponseForm({ request, response }: { request: ReportingRequest; response: Response }) {
  const { t, language } = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<ResponseInput>();
  const plans = usePlanList({});
  const { save, submit } = useReportingMutations();
  const consolidation = useConsolidation();
  const [formError, setFormError] = useState<string | null>(null);
  const onError = (error: unknown) => setFormError(applyFieldErrors(form, error, t('errorGeneric')));
  const saved = (then?: (r: Response) => void) => (r: Response) =>
    then ? then(r) : void message.success(t('responseSaved'));
  const store = (values: ResponseInput, then?: (r: Response) => void) => {
    setFormError(null);
    save.mutate(
      { id: response.id, input: { ...values, version: response.version } },
      { onSuccess: saved(then), onError },
    );
  };
  const send = () =>
    store(form.getFieldsValue(true), (r) =>
      submit.mutate(
        { id: r.id, version: r.version },
        { onSuccess: () => void message.success(t('responseSent')), onError },
      ),
    );
  const addUp = () =>
    store(form.getFieldsValue(true), () =>
      consolidation.mutate(response.id, {
        onSuccess: (c) => form.setFieldValue('figures', { ...form.getFieldValue('figures'), ...c.figures }),
      }),
    );
  const header = (
    <Space>
      <ResponseStatusTag standing={response.standing} />
      {response.reviewComment && <Typography.Text type="warning">{response.reviewComment}</Typography.Text>}
    </Space>
  );
  if (!isWithProvince(response.status))
    return (
      <Card title={header}>
        <ResponseContent request={request} response={response} />
      </Card>
    );
  return (
    <Card title={header}>
      <FormError message={formError} />
      <Form<ResponseInput>
        form={form}
        layout="vertical"
        onFinish={(values) => store(values)}
        initialValues={{ planId: response.plan?.id ?? null, figures: response.figures, sections: response.sections }}
      >
        <Space align="end" wrap>
          <Form.Item name="planId" label={t('responsePlan')}>
            <Select
              allowClear
              style={{ width: 360 }}
              options={plans.data
                ?.filter((p) => p.provinceCode === response.provinceCode)
                .map((p) => ({ value: p.id, label: `${p.number} (${p.year})` }))}
            />
          </Form.Item>
          <Form.Item>
            <Button onClick={addUp} loading={consolidation.isPending}>
              {t('responseConsolidate')}
            </Button>
          </Form.Item>
        </Space>
        {consolidation.data && (
          <Alert
            style={{ marginBottom: 16 }}
            message={t('responseConsolidated', {
              accepted: consolidation.data.accepted,
              assignments: consolidation.data.assignments,
            })}
            description={
              consolidation.data.lagging.length
                ? t('responseLagging', { agencies: consolidation.data.lagging.map((l) => l.agencyName).join(', ') })
                : undefined
            }
          />
        )}
        {request.figureKeys.map((key) => (
          <Form.Item key={key} name={['figures', key]} label={`${FIGURES[key][language]} (${FIGURES[key].unit})`}>
            <InputNumber min={0} style={{ width: 240 }} />
          </Form.Item>
        ))}
        {request.sections.map((title, i) => (
          <Form.Item key={title} name={['sections', i]} label={title}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} />
          </Form.Item>
        ))}
        <Space>
          <Button htmlType="submit" loading={save.isPending}>
            {t('responseSave')}
          </Button>
          <Button type="primary" onClick={send} loading={submit.isPending}>
            {t('responseSubmit')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
