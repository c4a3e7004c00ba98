import { Alert, Button, Card, List, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { MyTask } from '../../domain/plans/planSchemas';
import { useSession } from '../auth/useSession';
import { formatDate } from '../forms/dateField';
import { useLanguage } from '../i18n/LanguageProvider';
import { ReportModal, StandingTag } from './ReportModal';
import { useMyReminders, useMyTasks, usePlan } from './usePlans';

/** An agency's own list: every task it leads or works on, the most urgent first, and the reminders it got. */
export function MyTasksPage() {
  const { t, language } = useLanguage();
  const session = useSession();
  const hasAgency = !!session.data?.user.agencyId;
  const tasks = useMyTasks(hasAgency);
  const reminders = useMyReminders(hasAgency);
  const [opened, setOpened] = useState<MyTask | null>(null);
  if (!hasAgency) return <Alert type="warning" showIcon title={t('myTasksNoAgency')} />;
  return (
    <>
      <Typography.Title level={3}>{t('myTasksTitle')}</Typography.Title>
      {!!reminders.data?.length && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('remindersTitle')}
          description={
            <List
              size="small"
              dataSource={reminders.data}
              renderItem={(r) => (
                <List.Item>
                  {t('reminderLine', { plan: r.planNumber, n: String(r.tasks) })} ·{' '}
                  {new Date(r.sentAt).toLocaleDateString(language)} {r.message && `— ${r.message}`}
                </List.Item>
              )}
            />
          }
        />
      )}
      <Table<MyTask>
        rowKey={(task) => task.taskId}
        loading={tasks.isPending}
        dataSource={tasks.data}
        locale={{ emptyText: t('myTasksNone') }}
        pagination={{ pageSize: 20 }}
        columns={[
          {
            title: t('planNumber'),
            render: (_, task) => <Link to={`/plans/${task.planId}`}>{`${task.planNumber} (${task.planYear})`}</Link>,
          },
          { title: t('planTaskContent'), dataIndex: 'content' },
          { title: t('casePersonRole'), render: (_, task) => t(`role_${task.role}` as const) },
          { title: t('planReportDue'), render: (_, task) => formatDate(task.reportDueOn) },
          { title: t('status'), render: (_, task) => <StandingTag standing={task.standing} /> },
          {
            key: 'report',
            render: (_, task) => (
              <Button
                size="small"
                type={task.standing === 'overdue' || task.standing === 'returned' ? 'primary' : 'default'}
                onClick={() => setOpened(task)}
              >
                {task.standing === 'accepted' || task.standing === 'submitted' ? t('reportView') : t('reportWrite')}
              </Button>
            ),
          },
        ]}
      />
      {opened && <MyTaskReport task={opened} onClose={() => setOpened(null)} />}
    </>
  );
}

/** The report modal of one of the agency's tasks, from its plan as the agency sees it. */
function MyTaskReport({ task, onClose }: { task: MyTask; onClose: () => void }) {
  const plan = usePlan(task.planId);
  const planTask = plan.data?.taskList.find((t) => t.id === task.taskId);
  const assignment = planTask?.agencies[0];
  if (!planTask || !assignment) return null;
  return <ReportModal task={planTask} assignment={assignment} onClose={onClose} />;
}

/** The dashboard's card for agency users: how many of their tasks are overdue or returned. */
export function MyTasksCard() {
  const { t } = useLanguage();
  const tasks = useMyTasks(true);
  const urgent = (tasks.data ?? []).filter((task) => task.standing === 'overdue' || task.standing === 'returned');
  return (
    <Card
      title={t('myTasksTitle')}
      extra={<Link to="/my-tasks">{t('menuMyTasks')}</Link>}
      style={urgent.length ? { borderColor: '#ffa39e' } : undefined}
    >
      <List
        size="small"
        loading={tasks.isPending}
        dataSource={urgent.slice(0, 8)}
        locale={{ emptyText: t('overdueNone') }}
        renderItem={(task) => (
          <List.Item>
            <span>{task.content}</span>
            <StandingTag standing={task.standing} />
          </List.Item>
        )}
      />
    </Card>
  );
}
