import { App, Button, Card, Collapse, Form, Input, Typography } from 'antd';
import { ErrorAlert } from '../errors/ErrorAlert';
import { useLanguage } from '../i18n/LanguageProvider';
import { usePortalMutations } from './usePortal';

/** Signing in with the password a person chose, instead of a code (optional). */
export function PortalPasswordSignIn({ email }: { email: string }) {
  const { t } = useLanguage();
  const { login } = usePortalMutations();
  const form = (
    <Form
      layout="vertical"
      initialValues={{ email }}
      onFinish={(values: { email: string; password: string }) =>
        login.mutate({ email: values.email.trim(), password: values.password })
      }
    >
      <Form.Item name="email" label={t('portalEmail')} rules={[{ required: true, type: 'email' }]}>
        <Input type="email" autoComplete="email" inputMode="email" />
      </Form.Item>
      <Form.Item name="password" label={t('portalPassword')} rules={[{ required: true }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Button htmlType="submit" block loading={login.isPending}>
        {t('portalSignIn')}
      </Button>
      <ErrorAlert error={login.error} />
    </Form>
  );
  return (
    <Collapse ghost style={{ marginTop: 16 }} items={[{ key: 'p', label: t('portalWithPassword'), children: form }]} />
  );
}

/** Choosing a password, so that the next sign-in needs no code (the code keeps working). */
export function PortalSetPassword() {
  const { t } = useLanguage();
  const { message } = App.useApp();
  const { setPassword } = usePortalMutations();
  const [form] = Form.useForm<{ password: string }>();
  return (
    <Card title={t('portalSetPassword')}>
      <Typography.Paragraph type="secondary">{t('portalSetPasswordHint')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) =>
          setPassword.mutate(values.password, {
            onSuccess: () => {
              form.resetFields();
              void message.success(t('portalPasswordSet'));
            },
          })
        }
      >
        <Form.Item name="password" label={t('portalPassword')} rules={[{ required: true, min: 10 }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button htmlType="submit" loading={setPassword.isPending}>
          {t('portalSavePassword')}
        </Button>
        <ErrorAlert error={setPassword.error} />
      </Form>
    </Card>
  );
}
