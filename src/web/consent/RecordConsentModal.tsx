import { UploadOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Form, Input, Modal, Select, Upload } from 'antd';
import dayjs from 'dayjs';
import {
  CONSENT_DECISIONS,
  CONSENT_PURPOSE_LABELS,
  CONSENT_PURPOSES,
  CONSENT_STATE_LABELS,
  type ConsentDecision,
  type ConsentPurpose,
} from '../../domain/consent/consentPurposes';
import type { PersonConsents } from '../../domain/consent/consentSchemas';
import { ErrorAlert } from '../errors/ErrorAlert';
import { dateField } from '../forms/dateField';
import { useLanguage } from '../i18n/LanguageProvider';
import { useConsentMutations } from './useConsents';

interface Values {
  purposes: ConsentPurpose[];
  decision: ConsentDecision;
  decidedOn: string;
  formId?: number;
  note?: string;
}

/**
 * Records a decision an officer received, for one or more purposes: a consent given on the signed
 * form (its scan uploaded here), a refusal or withdrawal by letter, phone or in person (a note).
 */
export function RecordConsentModal(props: { personId: string; forms: PersonConsents['forms']; onClose: () => void }) {
  const { t, language } = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { record, uploadForm } = useConsentMutations(props.personId);
  const decision = Form.useWatch('decision', form);
  const send = (file: File) => {
    const body = new FormData();
    body.append('file', file);
    uploadForm.mutate(body, { onSuccess: (added) => form.setFieldValue('formId', added.id) });
    return false;
  };
  const save = (values: Values) =>
    record.mutate(
      {
        decisions: values.purposes.map((purpose) => ({ purpose, decision: values.decision })),
        decidedOn: values.decidedOn,
        formId: values.formId ?? null,
        note: values.note?.trim() || null,
      },
      {
        onSuccess: () => {
          void message.success(t('consentRecorded'));
          props.onClose();
        },
      },
    );
  // The form just uploaded, until the person's consents are read again with it.
  const uploaded = uploadForm.data && !props.forms.some((f) => f.id === uploadForm.data.id) ? [uploadForm.data] : [];
  const forms = [...uploaded, ...props.forms];
  return (
    <Modal open title={t('consentRecord')} onCancel={props.onClose} footer={null} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ decision: 'given', decidedOn: dayjs().format('YYYY-MM-DD'), purposes: [] }}
        onFinish={save}
      >
        <Form.Item name="purposes" label={t('consentPurposes')} rules={[{ required: true }]}>
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            options={CONSENT_PURPOSES.map((p) => ({ value: p, label: CONSENT_PURPOSE_LABELS[p][language] }))}
          />
        </Form.Item>
        <Form.Item name="decision" label={t('consentDecision')}>
          <Select options={CONSENT_DECISIONS.map((d) => ({ value: d, label: CONSENT_STATE_LABELS[d][language] }))} />
        </Form.Item>
        <Form.Item name="decidedOn" label={t('consentDecidedOn')} {...dateField}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        {decision === 'given' ? (
          <>
            <Form.Item name="formId" label={t('consentForm')} rules={[{ required: true }]}>
              <Select options={forms.map((f) => ({ value: f.id, label: f.fileName }))} />
            </Form.Item>
            <Upload showUploadList={false} beforeUpload={send}>
              <Button icon={<UploadOutlined />} loading={uploadForm.isPending} style={{ marginBottom: 16 }}>
                {t('consentFormUpload')}
              </Button>
            </Upload>
          </>
        ) : (
          <Form.Item name="note" label={t('consentNote')} rules={[{ required: true }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
        <ErrorAlert error={record.error ?? uploadForm.error} />
        <Button type="primary" htmlType="submit" loading={record.isPending}>
          {t('consentSave')}
        </Button>
      </Form>
    </Modal>
  );
}
