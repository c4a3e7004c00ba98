import { DownloadOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Progress,
  Space,
  Table,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { can } from '../../domain/auth/roles';
import { NumberedParagraphs } from './NumberedParagraphs';
import type { Plan, PlanTask } from '../../domain/plans/planSchemas';
import { queryString } from '../api/apiClient';
import { useSession } from '../auth/useSession';
import { ErrorAlert } from '../errors/ErrorAlert';
import { dateField, formatDate } from '../forms/dateField';
import { Loaded } from '../forms/Loaded';
import { useLanguage } from '../i18n/LanguageProvider';
import { useProvinceName } from '../reference/useProvinces';
import { OverdueAssignments } from './OverdueAssignments';
import { ReportModal, StandingTag } from './ReportModal';
import { usePlan, usePlanMutations } from './usePlans';

/** A plan: its tasks and each agency's report, completeness per agency, reminders, the consolidated report. */
export function PlanDetailPage() {
  const { id = '' } = useParams();
  return <Loaded query={usePlan(id)}>{(plan) => <PlanCard plan={plan} />}</Loaded>;
}

function PlanCard({ plan }: { plan: Plan }) {
  const { t } = useLanguage();
  const navigate = useNavigate();
  const session = useSession();
  const provinceName = useProvinceName();
  const manages = !!session.data && can(session.data.user.role, 'plans.manage');
  const [opened, setOpened] = useState<{ taskId: string; agencyId: string } | null>(null);
  const openTask = plan.taskList.find((task) => task.id === opened?.taskId);
  const openAssignment = openTask?.agencies.find((a) => a.agencyId === opened?.agencyId);
  return (
    <Card
      title={`${plan.number} — ${plan.title}`}
      extra={
        manages && (
          <Space>
            <Button onClick={() => navigate(`/plans/${plan.id}/edit`)}>{t('edit')}</Button>
            <CopyButton plan={plan} />
          </Space>
        )
      }
    >
      <Descriptions bordered size="small" column={2} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('planIssuer')}>{plan.issuer}</Descriptions.Item>
        <Descriptions.Item label={t('planIssuedOn')}>{formatDate(plan.issuedOn)}</Descriptions.Item>
        <Descriptions.Item label={t('province')}>{provinceName(plan.provinceCode)}</Descriptions.Item>
        <Descriptions.Item label={t('planReportDue')}>{formatDate(plan.reportDueOn)}</Descriptions.Item>
        <Descriptions.Item label={t('planLegalBases')} span={2}>
          {plan.legalBases.map((basis) => (
            <div key={basis}>- {basis}</div>
          ))}
        </Descriptions.Item>
      </Descriptions>
      {manages && <ManagerTools plan={plan} />}
      <NumberedParagraphs title={t('planPurposes')} items={plan.purposes} />
      <NumberedParagraphs title={t('planDuties')} items={plan.duties} />
      <Typography.Title level={5}>{plan.duties.length ? t('planAssignments') : t('planTasks')}</Typography.Title>
      <Table<PlanTask>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={plan.taskList}
        style={{ marginBottom: 24 }}
        columns={[
          { title: '#', width: 40, render: (_, task) => task.position + 1 },
          {
            title: t('planTaskContent'),
            render: (_, task) => (
              <>
                {task.content}
                {task.indicators && <Typography.Paragraph type="secondary">{task.indicators}</Typography.Paragraph>}
              </>
            ),
          },
          { title: t('planReportDue'), width: 110, render: (_, task) => formatDate(task.reportDueOn) },
          {
            title: t('agency'),
            render: (_, task) =>
              task.agencies.map((a) => (
                <div key={a.agencyId} style={{ marginBottom: 4 }} data-testid="assignment">
                  <Button type="link" size="small" onClick={() => setOpened({ taskId: task.id, agencyId: a.agencyId })}>
                    {a.agencyName}
                  </Button>
                  <Typography.Text type="secondary">({t(`role_${a.role}` as const)})</Typography.Text>{' '}
                  <StandingTag standing={a.standing} />
                </div>
              )),
          },
        ]}
      />
      {manages && <OverdueAssignments plan={plan} onOpen={(taskId, agencyId) => setOpened({ taskId, agencyId })} />}
      {manages && <Completeness plan={plan} />}
      {openTask && openAssignment && (
        <ReportModal task={openTask} assignment={openAssignment} onClose={() => setOpened(null)} />
      )}
    </Card>
  );
}

/** The Sở Ngoại vụ's tools: reminders and the consolidated report's downloads. */
function ManagerTools({ plan }: { plan: Plan }) {
  const { t } = useLanguage();
  const { message } = App.useApp();
  const { remind } = usePlanMutations(plan.id);
  const [number, setNumber] = useState('');
  const [signer, setSigner] = useState('');
  const params = queryString({ number, signer });
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Button
        onClick={() =>
          remind.mutate(null, {
            onSuccess: (sent) => void message.success(t('planReminded', { n: String(sent.length) })),
          })
        }
        loading={remind.isPending}
      >
        {t('planRemind')}
      </Button>
      <Input
        placeholder={t('planReportNumber')}
        value={number}
        onChange={(e) => setNumber(e.target.value)}
        style={{ width: 160 }}
      />
      <Input
        placeholder={t('planSigner')}
        value={signer}
        onChange={(e) => setSigner(e.target.value)}
        style={{ width: 200 }}
      />
      <Button icon={<DownloadOutlined />} href={`/api/plans/${plan.id}/report.docx${params}`}>
        {t('planDocx')}
      </Button>
      <Button icon={<DownloadOutlined />} href={`/api/plans/${plan.id}/report.xlsx`}>
        {t('planXlsx')}
      </Button>
      <ErrorAlert error={remind.error} />
    </Space>
  );
}

function Completeness({ plan }: { plan: Plan }) {
  const { t } = useLanguage();
  return (
    <>
      <Typography.Title level={5}>{t('planCompleteness')}</Typography.Title>
      <Table
        rowKey="agencyId"
        size="small"
        pagination={false}
        dataSource={plan.completeness}
        data-testid="completeness"
        columns={[
          { title: t('agency'), dataIndex: 'agencyName' },
          { title: t('planAssigned'), dataIndex: 'assigned' },
          { title: t('planAccepted'), dataIndex: 'accepted' },
          { title: t('planSubmitted'), dataIndex: 'submitted' },
          { title: t('planReturned'), dataIndex: 'returned' },
          {
            title: t('planOverdue'),
            render: (_, c) => <Typography.Text type={c.overdue ? 'danger' : undefined}>{c.overdue}</Typography.Text>,
          },
          {
            title: t('planCompletion'),
            width: 200,
            render: (_, c) => <Progress percent={Math.round(c.completeness * 100)} size="small" />,
          },
        ]}
      />
    </>
  );
}

function CopyButton({ plan }: { plan: Plan }) {
  const { t } = useLanguage();
  const navigate = useNavigate();
  const { copy } = usePlanMutations(plan.id);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const next = plan.year + 1;
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('planCopy')}</Button>
      <Modal
        open={open}
        title={t('planCopy')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={copy.isPending}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{
            year: next,
            issuedOn: `${next}-${plan.issuedOn.slice(5)}`,
            reportDueOn: `${next}-${plan.reportDueOn.slice(5)}`,
          }}
          onFinish={(values) => copy.mutate(values, { onSuccess: (copied) => navigate(`/plans/${copied.id}`) })}
        >
          <Form.Item name="number" label={t('planNumber')} rules={[{ required: true, message: t('planNumber') }]}>
            <Input />
          </Form.Item>
          <Form.Item name="year" label={t('planYear')}>
            <InputNumber />
          </Form.Item>
          <Form.Item name="issuedOn" label={t('planIssuedOn')} {...dateField}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
          <Form.Item name="reportDueOn" label={t('planReportDue')} {...dateField}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
        </Form>
        <ErrorAlert error={copy.error} />
      </Modal>
    </>
  );
}
