import { Alert, App, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { applyFieldErrors } from '../api/applyFieldErrors';
import { useLanguage } from '../i18n/LanguageProvider';
import { useChangePassword, useSession } from './useSession';
import { FormError } from '../forms/FormError';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export function ChangePasswordPage() {
  const { t } = useLanguage();
  const { message } = App.useApp();
  const session = useSession();
  const change = useChangePassword();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);

  const submit = ({ currentPassword, newPassword }: Values) =>
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          message.success(t('passwordChanged'));
          navigate('/');
        },
        onError: (error) => setFormError(applyFieldErrors(form, error, t('errorGeneric'))),
      },
    );

  return (
    <Card title={t('changePassword')} style={{ maxWidth: 480 }}>
      {session.data?.user.mustChangePassword && (
        <Alert type="warning" showIcon title={t('mustChangePassword')} style={{ marginBottom: 16 }} />
      )}
      <FormError message={formError} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="currentPassword" label={t('currentPassword')} rules={[{ required: true }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="newPassword" label={t('newPassword')} rules={[{ required: true, min: 10 }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('confirmPassword')}
          dependencies={['newPassword']}
          rules={[
            { required: true },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('passwordsDiffer'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          {t('save')}
        </Button>
      </Form>
    </Card>
  );
}
