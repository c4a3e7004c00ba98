import { App, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import type { Agency } from '../../domain/plans/planSchemas';
import { agencySplitSchema } from '../../domain/plans/reorganisation';
import { applyFieldErrors } from '../api/applyFieldErrors';
import { checkForm } from '../forms/checkForm';
import { dateField } from '../forms/dateField';
import { FormError } from '../forms/FormError';
import { useLanguage } from '../i18n/LanguageProvider';
import { useAgencyMutations, useAgencyWork } from './usePlans';

interface SplitForm {
  fromAgencyId?: string;
  parts: string[];
  tasks: Record<string, number>;
  users: Record<string, number>;
  onDate: string;
  decision: string | null;
}

/**
 * Chia tách: an agency's parts (existing agencies, or new ones by the name typed), and for each of
 * its tasks and accounts the part that takes it.
 */
export function SplitAgencyModal({ agencies, onClose }: { agencies: readonly Agency[]; onClose: () => void }) {
  const { t, language } = useLanguage();
  const { message } = App.useApp();
  const { split } = useAgencyMutations();
  const [form] = Form.useForm<SplitForm>();
  const from = Form.useWatch('fromAgencyId', form);
  const parts = Form.useWatch('parts', form) ?? [];
  const work = useAgencyWork(from);
  const [formError, setFormError] = useState<string | null>(null);
  const active = agencies.filter((a) => a.isActive);
  const existing = (value: string) => active.find((a) => a.id === value);
  const partOptions = parts.map((value, i) => ({ value: i, label: existing(value)?.name ?? value }));
  const submit = (values: SplitForm) => {
    const input = checkForm(
      agencySplitSchema,
      {
        fromAgencyId: values.fromAgencyId,
        into: values.parts.map((value) => (existing(value) ? { agencyId: value } : { name: value })),
        tasks: Object.entries(values.tasks ?? {}).map(([taskId, part]) => ({ taskId, part })),
        users: Object.entries(values.users ?? {}).map(([userId, part]) => ({ userId: Number(userId), part })),
        onDate: values.onDate,
        decision: values.decision,
      },
      form,
      language,
    );
    if (!input) return;
    split.mutate(input, {
      onSuccess: (result) => {
        void message.success(t('agencySplitDone', { count: result.parts.length }));
        onClose();
      },
      onError: (error) => setFormError(applyFieldErrors(form, error, t('errorGeneric'))),
    });
  };
  return (
    <Modal
      open
      width={760}
      title={t('agencySplit')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={split.isPending}
    >
      <FormError message={formError} />
      <Form<SplitForm> form={form} layout="vertical" onFinish={submit} initialValues={{ parts: [] }}>
        <Form.Item name="fromAgencyId" label={t('agencySplitFrom')} required>
          <Select
            options={active.map((a) => ({ value: a.id, label: a.name }))}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Form.Item name="parts" label={t('agencySplitParts')} required>
          <Select
            mode="tags"
            options={active.filter((a) => a.id !== from).map((a) => ({ value: a.id, label: a.name }))}
            optionFilterProp="label"
          />
        </Form.Item>
        {work.data?.tasks.map((task) => (
          <Form.Item
            key={task.id}
            name={['tasks', task.id]}
            label={`${t('agencySplitTask')}: ${task.content} (${task.planNumber})`}
            required
          >
            <Select options={partOptions} />
          </Form.Item>
        ))}
        {work.data?.users.map((user) => (
          <Form.Item
            key={user.id}
            name={['users', String(user.id)]}
            label={`${t('agencySplitUser')}: ${user.displayName}`}
            required
          >
            <Select options={partOptions} />
          </Form.Item>
        ))}
        {work.data && !work.data.tasks.length && !work.data.users.length && (
          <Typography.Paragraph type="secondary">—</Typography.Paragraph>
        )}
        <Form.Item name="onDate" label={t('agencyMergeOn')} required {...dateField}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="decision" label={t('agencyMergeDecision')}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
