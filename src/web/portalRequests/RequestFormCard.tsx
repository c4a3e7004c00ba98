import { Button, Card, Form, Typography, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { REQUEST_LINE_LABELS } from '../../domain/portalRequests/requestLines';
import type { RequestInput } from '../../domain/portalRequests/requestSchemas';
import { ErrorAlert } from '../errors/ErrorAlert';
import { useLanguage } from '../i18n/LanguageProvider';
import { useSendRequest } from './useSendRequest';

/** What each request form of the portal works with: its form, field labels, and sending (the form reset once sent). */
export function useRequestForm<V>() {
  const { t, language } = useLanguage();
  const [form] = Form.useForm<V>();
  const request = useSendRequest();
  const label = (key: string) => REQUEST_LINE_LABELS[key]?.[language];
  const send = (input: RequestInput) => request.send(input, () => form.resetFields());
  return { t, language, form, label, send, request };
}

/** A request form of the portal: a card with its hint, the fields, what went wrong, and the send button. */
export function RequestFormCard<V>(props: {
  title: string;
  hint?: string;
  form: FormInstance<V>;
  request: ReturnType<typeof useSendRequest>;
  onFinish: (values: V) => void;
  submitLabel: string;
  initialValues?: Partial<V>;
  children: ReactNode;
}) {
  return (
    <Card title={props.title}>
      {props.hint && <Typography.Paragraph type="secondary">{props.hint}</Typography.Paragraph>}
      <Form<V> form={props.form} layout="vertical" initialValues={props.initialValues} onFinish={props.onFinish}>
        {props.children}
        <ErrorAlert error={props.request.error} />
        <Button type="primary" htmlType="submit" loading={props.request.sending}>
          {props.submitLabel}
        </Button>
      </Form>
    </Card>
  );
}
