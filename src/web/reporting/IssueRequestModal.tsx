import { Checkbox, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { FIGURE_KEYS, FIGURES } from '../../domain/plans/figures';
import { reportingRequestInputSchema, type ReportingRequestInput } from '../../domain/reporting/reportingSchemas';
import { applyFieldErrors } from '../api/applyFieldErrors';
import { checkForm } from '../forms/checkForm';
import { dateField } from '../forms/dateField';
import { FormError } from '../forms/FormError';
import { ParagraphListField } from '../forms/ParagraphListField';
import { useLanguage } from '../i18n/LanguageProvider';
import { useProvinceOptions } from '../reference/useProvinces';
import { useReportingMutations } from './useReporting';

/** The Ministry asks provinces for a report: number, what, by when, which figures and text sections, to whom. */
export function IssueRequestModal({ open, onClose }: { open: boolean; onClose: (id?: string) => void }) {
  const { t, language } = useLanguage();
  const [form] = Form.useForm<ReportingRequestInput>();
  const { issue } = useReportingMutations();
  const provinces = useProvinceOptions();
  const [formError, setFormError] = useState<string | null>(null);
  const submit = (values: ReportingRequestInput) => {
    setFormError(null);
    const input = checkForm(reportingRequestInputSchema, values, form, language, ['sections', 'figureKeys']);
    if (!input) return;
    issue.mutate(input, {
      onSuccess: (issued) => onClose(issued.id),
      onError: (error) => setFormError(applyFieldErrors(form, error, t('errorGeneric'))),
    });
  };
  return (
    <Modal
      open={open}
      title={t('reportingIssue')}
      width={760}
      okText={t('reportingIssue')}
      confirmLoading={issue.isPending}
      onOk={() => form.submit()}
      onCancel={() => onClose()}
      destroyOnHidden
    >
      <FormError message={formError} />
      <Form<ReportingRequestInput>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ figureKeys: [], sections: [''], provinceCodes: [], year: new Date().getFullYear() }}
      >
        <Form.Item name="number" label={t('reportingNumber')} required>
          <Input placeholder="125/UBNV-VP" />
        </Form.Item>
        <Form.Item name="title" label={t('reportingTitleField')} required>
          <Input />
        </Form.Item>
        <Form.Item name="issuedOn" label={t('reportingIssuedOn')} required {...dateField}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="dueOn" label={t('reportingDueOn')} required {...dateField}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="year" label={t('reportingYear')} required>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="figureKeys" label={t('reportingFigures')}>
          <Checkbox.Group options={FIGURE_KEYS.map((key) => ({ value: key, label: FIGURES[key][language] }))} />
        </Form.Item>
        <ParagraphListField name="sections" label={t('reportingSections')} addLabel={t('reportingAddSection')} />
        <Form.Item name="provinceCodes" label={t('reportingProvinces')} extra={t('reportingAllProvinces')}>
          <Select mode="multiple" options={provinces} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
