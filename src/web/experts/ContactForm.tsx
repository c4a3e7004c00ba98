import { Button, DatePicker, Form, Input, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import {
  CONTACT_CHANNEL_LABELS,
  CONTACT_CHANNELS,
  CONTACT_OUTCOME_LABELS,
  CONTACT_OUTCOMES,
} from '../../domain/experts/expertFields';
import { contactInputSchema, type ContactInput } from '../../domain/experts/expertSchemas';
import { applyFieldErrors } from '../api/applyFieldErrors';
import { checkForm } from '../forms/checkForm';
import { dateField } from '../forms/dateField';
import { labelOf } from '../i18n/labelOf';
import { useLanguage } from '../i18n/LanguageProvider';
import { useExpertMutations } from './useExperts';
import { FormError } from '../forms/FormError';

/** Records one outreach to an expert, about a need when given. */
export function ContactForm({ personId, needId, onDone }: { personId: string; needId?: string; onDone?: () => void }) {
  const { t, language } = useLanguage();
  const { addContact } = useExpertMutations(personId);
  const [form] = Form.useForm<ContactInput>();
  const [formError, setFormError] = useState<string | null>(null);
  const submit = (values: ContactInput) => {
    setFormError(null);
    const input = checkForm(contactInputSchema, { ...values, needId: needId ?? null }, form, language);
    if (!input) return;
    addContact.mutate(input, {
      onSuccess: () => {
        form.resetFields();
        onDone?.();
      },
      onError: (error) => setFormError(applyFieldErrors(form, error, t('errorGeneric'))),
    });
  };
  return (
    <Form<ContactInput>
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{ contactedOn: dayjs().format('YYYY-MM-DD'), channel: 'email', outcome: 'pending' }}
    >
      <FormError message={formError} />
      <Space wrap>
        <Form.Item name="contactedOn" label={t('contactDate')} {...dateField}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="channel" label={t('contactChannel')}>
          <Select
            style={{ width: 180 }}
            options={CONTACT_CHANNELS.map((c) => ({ value: c, label: labelOf(CONTACT_CHANNEL_LABELS, c, language) }))}
          />
        </Form.Item>
        <Form.Item name="outcome" label={t('contactOutcome')}>
          <Select
            style={{ width: 200 }}
            options={CONTACT_OUTCOMES.map((o) => ({ value: o, label: labelOf(CONTACT_OUTCOME_LABELS, o, language) }))}
          />
        </Form.Item>
      </Space>
      <Form.Item name="summary" label={t('contactSummary')} required>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={addContact.isPending}>
        {t('expertAddContact')}
      </Button>
    </Form>
  );
}
