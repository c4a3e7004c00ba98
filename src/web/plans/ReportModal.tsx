import { UploadOutlined } from '@ant-design/icons';
import {
  Button,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Tag,
  Timeline,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { can } from '../../domain/auth/roles';
import { FIGURE_KEYS, FIGURES } from '../../domain/plans/figures';
import { PROGRESS, PROGRESS_LABELS, type Standing } from '../../domain/plans/planCategories';
import { reportInputSchema, type PlanTask, type Report } from '../../domain/plans/planSchemas';
import { applyFieldErrors } from '../api/applyFieldErrors';
import { useSession } from '../auth/useSession';
import { ErrorAlert } from '../errors/ErrorAlert';
import { checkForm } from '../forms/checkForm';
import { enumOptions, labelOf } from '../i18n/labelOf';
import { useLanguage } from '../i18n/LanguageProvider';
import { usePlanMutations } from './usePlans';
import { FormError } from '../forms/FormError';

const STANDING_COLORS: Readonly<Record<Standing, string>> = {
  accepted: 'green',
  submitted: 'blue',
  returned: 'orange',
  pending: 'default',
  overdue: 'red',
};

export function StandingTag({ standing }: { standing: Standing }) {
  const { t } = useLanguage();
  return <Tag color={STANDING_COLORS[standing]}>{t(`standing_${standing}` as const)}</Tag>;
}

type Assignment = PlanTask['agencies'][number];

/**
 * One agency's report on one task: written by that agency (draft, then sent), reviewed by the Sở
 * Ngoại vụ (accepted, or returned with a comment), read by anyone who may see the plan.
 */
export function ReportModal({
  task,
  assignment,
  onClose,
}: {
  task: PlanTask;
  assignment: Assignment;
  onClose: () => void;
}) {
  const { t } = useLanguage();
  const session = useSession();
  const user = session.data?.user;
  const report = assignment.report;
  const isOwn = !!user?.agencyId && user.agencyId === assignment.agencyId;
  const editable = isOwn && report?.status !== 'submitted' && report?.status !== 'accepted';
  const reviews = !!user && can(user.role, 'plans.manage') && report?.status === 'submitted';
  return (
    <Modal
      open
      width={760}
      title={`${assignment.agencyName} — ${t(`role_${assignment.role}` as const)}`}
      footer={null}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{task.content}</Typography.Paragraph>
      {report && <ReportView report={report} />}
      {editable && <ReportForm taskId={task.id} report={report} onDone={onClose} />}
      {reviews && <ReviewForm report={report} onDone={onClose} />}
    </Modal>
  );
}

function ReportView({ report }: { report: Report }) {
  const { t, language } = useLanguage();
  const figures = FIGURE_KEYS.filter((k) => report.figures[k] !== undefined);
  return (
    <>
      <Descriptions bordered size="small" column={1} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('reportProgress')}>
          {labelOf(PROGRESS_LABELS, report.progress, language)}{' '}
          {report.isLate && <Tag color="orange">{t('reportLate')}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={t('reportContent')}>
          <span data-testid="report-content">{report.content}</span>
        </Descriptions.Item>
        {figures.length > 0 && (
          <Descriptions.Item label={t('reportFigures')}>
            {figures.map((k) => (
              <div key={k}>
                {FIGURES[k][language]}: {report.figures[k]!.toLocaleString(language)} {FIGURES[k].unit}
              </div>
            ))}
          </Descriptions.Item>
        )}
        {report.reviewComment && (
          <Descriptions.Item label={t('reportComment')}>{report.reviewComment}</Descriptions.Item>
        )}
        {report.attachments.length > 0 && (
          <Descriptions.Item label={t('caseFiles')}>
            {report.attachments.map((a) => (
              <div key={a.id}>
                <a href={`/api/reports/${report.id}/attachments/${a.id}`}>{a.fileName}</a>
              </div>
            ))}
          </Descriptions.Item>
        )}
      </Descriptions>
      <Typography.Text strong>{t('reportHistory')}</Typography.Text>
      <Timeline
        style={{ marginTop: 8 }}
        items={report.history.map((h) => ({
          key: h.at,
          children: `${t(`reportEvent_${h.kind}` as const)} · ${new Date(h.at).toLocaleString(language)} · ${h.by ?? ''}${h.comment ? ` — ${h.comment}` : ''}`,
        }))}
      />
    </>
  );
}

type ReportValues = { progress: string; content: string; figures: Record<string, number | null> };

function ReportForm({ taskId, report, onDone }: { taskId: string; report: Report | null; onDone: () => void }) {
  const { t, language } = useLanguage();
  const { saveReport, attach } = usePlanMutations();
  const [form] = Form.useForm<ReportValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const send = (submit: boolean) => (values: ReportValues) => {
    setFormError(null);
    const figures = Object.fromEntries(Object.entries(values.figures ?? {}).filter(([, v]) => typeof v === 'number'));
    const input = checkForm(
      reportInputSchema,
      { ...values, figures, submit, version: report?.version },
      form,
      language,
    );
    if (!input) return;
    saveReport.mutate(
      { taskId, input },
      {
        onSuccess: () => submit && onDone(),
        onError: (error) => setFormError(applyFieldErrors(form, error, t('errorGeneric'))),
      },
    );
  };
  const upload = (file: File) => {
    const data = new FormData();
    data.append('file', file);
    if (report) attach.mutate({ reportId: report.id, form: data });
    return false;
  };
  return (
    <Form<ReportValues>
      form={form}
      layout="vertical"
      initialValues={
        report
          ? { progress: report.progress, content: report.content, figures: report.figures }
          : { progress: 'in_progress', figures: {} }
      }
    >
      <FormError message={formError} />
      <Form.Item name="progress" label={t('reportProgress')}>
        <Select options={enumOptions(PROGRESS, PROGRESS_LABELS, language)} />
      </Form.Item>
      <Form.Item name="content" label={t('reportContent')} required>
        <Input.TextArea rows={5} />
      </Form.Item>
      <Typography.Text strong>{t('reportFigures')}</Typography.Text>
      <Space wrap style={{ margin: '8px 0 16px' }}>
        {FIGURE_KEYS.map((key) => (
          <Form.Item
            key={key}
            name={['figures', key]}
            label={`${FIGURES[key][language]} (${FIGURES[key].unit})`}
            style={{ width: 320 }}
          >
            <InputNumber min={0} style={{ width: '100%' }} />
          </Form.Item>
        ))}
      </Space>
      <Space>
        <Button onClick={() => form.validateFields().then(send(false))} loading={saveReport.isPending}>
          {t('reportSaveDraft')}
        </Button>
        <Button type="primary" onClick={() => form.validateFields().then(send(true))} loading={saveReport.isPending}>
          {t('reportSubmit')}
        </Button>
        {report && (
          <Upload showUploadList={false} beforeUpload={upload}>
            <Button icon={<UploadOutlined />} loading={attach.isPending}>
              {t('reportAttach')}
            </Button>
          </Upload>
        )}
      </Space>
      <ErrorAlert error={attach.error} />
    </Form>
  );
}

function ReviewForm({ report, onDone }: { report: Report; onDone: () => void }) {
  const { t } = useLanguage();
  const { review } = usePlanMutations();
  const [comment, setComment] = useState('');
  const decide = (decision: 'accept' | 'return') =>
    review.mutate(
      { reportId: report.id, input: { decision, comment: comment || null, version: report.version } },
      { onSuccess: onDone },
    );
  return (
    <div style={{ marginTop: 16 }}>
      <Input.TextArea
        rows={2}
        placeholder={t('reportComment')}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        aria-label={t('reportComment')}
      />
      <ErrorAlert error={review.error} />
      <Space style={{ marginTop: 12 }}>
        <Button type="primary" onClick={() => decide('accept')} loading={review.isPending}>
          {t('reportAccept')}
        </Button>
        <Button danger onClick={() => decide('return')} loading={review.isPending}>
          {t('reportReturn')}
        </Button>
      </Space>
    </div>
  );
}
