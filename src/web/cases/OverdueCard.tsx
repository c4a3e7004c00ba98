import { WarningOutlined } from '@ant-design/icons';
import { Badge, Card, List, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatDate } from '../forms/dateField';
import { useLanguage } from '../i18n/LanguageProvider';
import { useReturneeList } from '../returnees/useReturnees';
import { UrgencyTag } from './caseTags';
import { useOverdueTasks } from './useCases';

/** The dashboard's warning: tasks of protection cases past their due date, most overdue first. */
export function OverdueTasksCard() {
  const { t } = useLanguage();
  const tasks = useOverdueTasks(true);
  const count = tasks.data?.length ?? 0;
  return (
    <Card
      data-testid="overdue-tasks"
      title={
        <Badge count={count} offset={[12, 0]}>
          <span>
            {count > 0 && <WarningOutlined style={{ color: '#cf1322', marginRight: 8 }} />}
            {t('overdueTasksTitle')}
          </span>
        </Badge>
      }
      style={count ? { borderColor: '#ffa39e', background: '#fff1f0' } : undefined}
    >
      <List
        size="small"
        loading={tasks.isPending}
        dataSource={tasks.data}
        locale={{ emptyText: t('overdueNone') }}
        renderItem={(task) => (
          <List.Item>
            <span>
              <Link to={`/cases/${task.caseId}`}>{task.caseCode}</Link> — {task.title}{' '}
              <UrgencyTag urgency={task.urgency} />
            </span>
            <Typography.Text type="danger">{formatDate(task.dueOn)}</Typography.Text>
          </List.Item>
        )}
      />
    </Card>
  );
}

/** Returnees whose follow-up date has passed. */
export function OverdueFollowUpsCard() {
  const { t } = useLanguage();
  const list = useReturneeList({ overdue: 'true', status: 'following', page: 1, pageSize: 10 });
  return (
    <Card title={t('overdueFollowUpsTitle')}>
      <List
        size="small"
        loading={list.isPending}
        dataSource={list.data?.items}
        locale={{ emptyText: t('overdueNone') }}
        renderItem={(r) => (
          <List.Item>
            <Link to={`/returnees/${r.id}`}>{r.fullName}</Link>
            <Typography.Text type="danger">{formatDate(r.nextFollowUp)}</Typography.Text>
          </List.Item>
        )}
      />
    </Card>
  );
}
