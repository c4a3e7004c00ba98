import { Button, Checkbox, DatePicker, Form, Input, Table, Tag } from 'antd';
import type { CaseDetail, CaseTask } from '../../domain/cases/caseSchemas';
import { ErrorAlert } from '../errors/ErrorAlert';
import { dateField, formatDate } from '../forms/dateField';
import { useLanguage } from '../i18n/LanguageProvider';
import { useCaseMutations } from './useCases';

/** A case's tasks with their due dates: ticked off when done, the overdue ones in red. */
export function CaseTasks({ theCase }: { theCase: CaseDetail }) {
  const { t } = useLanguage();
  const { addTask, setTask } = useCaseMutations(theCase.id);
  const [form] = Form.useForm<{ title: string; dueOn: string | null }>();
  return (
    <>
      <Table<CaseTask>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={theCase.tasks}
        locale={{ emptyText: t('caseNoTasks') }}
        onRow={(task) => ({ style: task.isOverdue ? { background: '#fff1f0' } : {} })}
        columns={[
          {
            key: 'done',
            width: 40,
            render: (_, task) => (
              <Checkbox
                aria-label={task.title}
                checked={task.doneAt !== null}
                onChange={(e) => setTask.mutate({ taskId: task.id, done: e.target.checked })}
              />
            ),
          },
          { title: t('caseTaskTitle'), dataIndex: 'title' },
          {
            title: t('caseTaskDue'),
            render: (_, task) => (
              <>
                {formatDate(task.dueOn)} {task.isOverdue && <Tag color="red">{t('caseOverdue')}</Tag>}
              </>
            ),
          },
          {
            title: t('recordedBy'),
            render: (_, task) => (task.doneAt ? `${task.doneBy ?? ''} ${formatDate(task.doneAt.slice(0, 10))}` : ''),
          },
        ]}
      />
      <ErrorAlert error={addTask.error ?? setTask.error} />
      <Form
        form={form}
        layout="inline"
        style={{ marginTop: 12 }}
        onFinish={(values) =>
          addTask.mutate({ title: values.title, dueOn: values.dueOn ?? null }, { onSuccess: () => form.resetFields() })
        }
      >
        <Form.Item name="title" rules={[{ required: true, message: t('caseTaskTitle') }]}>
          <Input placeholder={t('caseTaskTitle')} style={{ width: 320 }} />
        </Form.Item>
        <Form.Item name="dueOn" {...dateField}>
          <DatePicker format="DD/MM/YYYY" placeholder={t('caseTaskDue')} />
        </Form.Item>
        <Button htmlType="submit" loading={addTask.isPending}>
          {t('caseAddTask')}
        </Button>
      </Form>
    </>
  );
}
