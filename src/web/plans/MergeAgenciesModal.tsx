import { App, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import type { Agency } from '../../domain/plans/planSchemas';
import { agencyMergeSchema } from '../../domain/plans/reorganisation';
import { applyFieldErrors } from '../api/applyFieldErrors';
import { checkForm } from '../forms/checkForm';
import { dateField } from '../forms/dateField';
import { FormError } from '../forms/FormError';
import { useLanguage } from '../i18n/LanguageProvider';
import { useAgencyMutations } from './usePlans';

interface MergeForm {
  fromAgencyIds: string[];
  mode: 'existing' | 'new';
  agencyId?: string;
  name?: string;
  onDate: string;
  decision: string | null;
}

/** Sáp nhập: agencies merged into an existing or a new one, their work carried over. */
export function MergeAgenciesModal({ agencies, onClose }: { agencies: readonly Agency[]; onClose: () => void }) {
  const { t, language } = useLanguage();
  const { message } = App.useApp();
  const { merge } = useAgencyMutations();
  const [form] = Form.useForm<MergeForm>();
  const mode = Form.useWatch('mode', form);
  const [formError, setFormError] = useState<string | null>(null);
  const options = agencies.filter((a) => a.isActive).map((a) => ({ value: a.id, label: a.name }));
  const submit = (values: MergeForm) => {
    const into = values.mode === 'new' ? { name: values.name ?? '' } : { agencyId: values.agencyId ?? '' };
    const input = checkForm(agencyMergeSchema, { ...values, into }, form, language);
    if (!input) return;
    merge.mutate(input, {
      onSuccess: ({ moved }) => {
        void message.success(t('agencyMergeDone', moved));
        onClose();
      },
      onError: (error) => setFormError(applyFieldErrors(form, error, t('errorGeneric'))),
    });
  };
  return (
    <Modal open title={t('agencyMerge')} onOk={() => form.submit()} onCancel={onClose} confirmLoading={merge.isPending}>
      <FormError message={formError} />
      <Form<MergeForm>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ mode: 'new', fromAgencyIds: [] }}
      >
        <Form.Item name="fromAgencyIds" label={t('agencyMergeFrom')} required>
          <Select mode="multiple" options={options} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item name="mode" label={t('agencyMergeInto')}>
          <Radio.Group
            options={[
              { value: 'new', label: t('agencyMergeNew') },
              { value: 'existing', label: t('agencyMergeExisting') },
            ]}
          />
        </Form.Item>
        {mode === 'existing' ? (
          <Form.Item name="agencyId" label={t('agencyMergeExisting')} required>
            <Select options={options} showSearch={{ optionFilterProp: 'label' }} />
          </Form.Item>
        ) : (
          <Form.Item name="name" label={t('agencyMergeName')} required>
            <Input placeholder="Sở Tài chính" />
          </Form.Item>
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
