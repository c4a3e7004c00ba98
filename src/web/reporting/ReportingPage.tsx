import { Button, Progress, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { can } from '../../domain/auth/roles';
import type { ReportingRequest } from '../../domain/reporting/reportingSchemas';
import { useSession } from '../auth/useSession';
import { formatDate } from '../forms/dateField';
import { useLanguage } from '../i18n/LanguageProvider';
import { IssueRequestModal } from './IssueRequestModal';
import { useReportingRequests } from './useReporting';

/** Yêu cầu báo cáo: the requests addressed to my jurisdiction, how many provinces sent and on time. */
export function ReportingPage() {
  const { t } = useLanguage();
  const navigate = useNavigate();
  const session = useSession();
  const requests = useReportingRequests();
  const [issuing, setIssuing] = useState(false);
  const issues = !!session.data && can(session.data.user.role, 'reporting.issue');
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3}>{t('reportingTitle')}</Typography.Title>
        {issues && (
          <Button type="primary" onClick={() => setIssuing(true)}>
            {t('reportingIssue')}
          </Button>
        )}
      </Space>
      <Table<ReportingRequest>
        rowKey="id"
        loading={requests.isPending}
        dataSource={requests.data}
        locale={{ emptyText: t('reportingNone') }}
        pagination={{ pageSize: 20 }}
        columns={[
          { title: t('reportingNumber'), render: (_, r) => <Link to={`/reporting/${r.id}`}>{r.number}</Link> },
          { title: t('reportingTitleField'), dataIndex: 'title' },
          { title: t('reportingDueOn'), render: (_, r) => formatDate(r.dueOn) },
          {
            title: t('reportingProgress'),
            render: (_, { progress }) => (
              <Space>
                <Progress
                  size="small"
                  style={{ width: 120 }}
                  percent={Math.round((progress.submitted / Math.max(progress.provinces, 1)) * 100)}
                  success={{ percent: Math.round((progress.approved / Math.max(progress.provinces, 1)) * 100) }}
                  format={() => `${progress.submitted}/${progress.provinces}`}
                />
                {progress.overdue > 0 && <Tag color="red">{t('reportingOverdue', { count: progress.overdue })}</Tag>}
              </Space>
            ),
          },
          { title: t('reportingOnTime'), render: (_, { progress }) => `${progress.onTime}/${progress.provinces}` },
        ]}
      />
      <IssueRequestModal
        open={issuing}
        onClose={(id) => {
          setIssuing(false);
          if (id) navigate(`/reporting/${id}`);
        }}
      />
    </>
  );
}
