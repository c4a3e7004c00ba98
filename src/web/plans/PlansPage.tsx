import { Button, Progress, Space, Table, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { can } from '../../domain/auth/roles';
import type { PlanSummary } from '../../domain/plans/planSchemas';
import { useSession } from '../auth/useSession';
import { formatDate } from '../forms/dateField';
import { useLanguage } from '../i18n/LanguageProvider';
import { useProvinceName } from '../reference/useProvinces';
import { usePlanList } from './usePlans';

/** Kế hoạch: the province's yearly plans, how far their tasks are reported and accepted. */
export function PlansPage() {
  const { t } = useLanguage();
  const navigate = useNavigate();
  const session = useSession();
  const provinceName = useProvinceName();
  const plans = usePlanList({});
  const manages = !!session.data && can(session.data.user.role, 'plans.manage');
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3}>{t('plansTitle')}</Typography.Title>
        {manages && (
          <Button type="primary" onClick={() => navigate('/plans/new')}>
            {t('planNew')}
          </Button>
        )}
      </Space>
      <Table<PlanSummary>
        rowKey="id"
        loading={plans.isPending}
        dataSource={plans.data}
        locale={{ emptyText: t('planNone') }}
        pagination={{ pageSize: 20 }}
        columns={[
          { title: t('planNumber'), render: (_, p) => <Link to={`/plans/${p.id}`}>{p.number}</Link> },
          { title: t('planTitle'), dataIndex: 'title' },
          { title: t('planYear'), dataIndex: 'year' },
          { title: t('planIssuedOn'), render: (_, p) => formatDate(p.issuedOn) },
          { title: t('province'), render: (_, p) => provinceName(p.provinceCode) },
          { title: t('planReportDue'), render: (_, p) => formatDate(p.reportDueOn) },
          { title: t('planTasks'), dataIndex: 'tasks' },
          {
            title: t('planCompletion'),
            render: (_, p) => (
              <Progress
                percent={p.assignments ? Math.round((p.accepted / p.assignments) * 100) : 0}
                size="small"
                format={() => `${p.accepted}/${p.assignments}`}
              />
            ),
          },
        ]}
      />
    </>
  );
}
