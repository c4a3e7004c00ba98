import { Button, Table, Typography } from 'antd';
import { assignmentsOf } from '../../domain/plans/assignments';
import type { Plan } from '../../domain/plans/planSchemas';
import { formatDate } from '../forms/dateField';
import { useLanguage } from '../i18n/LanguageProvider';

/**
 * Danh sách quá hạn: every agency's part in a task whose report is past due and not yet sent, the
 * longest overdue first; an agency's name opens its report, as in the task table.
 */
export function OverdueAssignments({
  plan,
  onOpen,
}: {
  plan: Plan;
  onOpen: (taskId: string, agencyId: string) => void;
}) {
  const { t } = useLanguage();
  const position = new Map(plan.taskList.map((task) => [task.id, task.position + 1]));
  const overdue = assignmentsOf(plan.taskList)
    .filter((a) => a.standing === 'overdue')
    .sort((a, b) => a.reportDueOn.localeCompare(b.reportDueOn) || a.agencyName.localeCompare(b.agencyName, 'vi'));
  return (
    <>
      <Typography.Title level={5}>{t('planOverdueList')}</Typography.Title>
      <Table
        rowKey={(a) => `${a.taskId}|${a.agencyId}`}
        size="small"
        pagination={false}
        dataSource={overdue}
        data-testid="overdue-assignments"
        locale={{ emptyText: t('planOverdueNone') }}
        style={{ marginBottom: 24 }}
        columns={[
          {
            title: t('agency'),
            render: (_, a) => (
              <Button type="link" size="small" onClick={() => onOpen(a.taskId, a.agencyId)}>
                {a.agencyName}
              </Button>
            ),
          },
          { title: t('planTasks'), width: 90, render: (_, a) => `#${position.get(a.taskId)}` },
          { title: t('planTaskRole'), render: (_, a) => t(`role_${a.role}` as const) },
          { title: t('planReportDue'), width: 120, render: (_, a) => formatDate(a.reportDueOn) },
        ]}
      />
    </>
  );
}
