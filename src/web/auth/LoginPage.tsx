import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { Navigate } from 'react-router-dom';
import type { LoginRequest } from '../../domain/auth/authSchemas';
import { LanguageToggle } from '../layout/LanguageToggle';
import { useLanguage } from '../i18n/LanguageProvider';
import { useLogin, useSession } from './useSession';

export function LoginPage() {
  const { t } = useLanguage();
  const session = useSession();
  const login = useLogin();
  if (session.data) return <Navigate to="/" replace />;

  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f5f5f5' }}>
      <Card style={{ width: 380 }}>
        <div style={{ textAlign: 'right' }}>
          <LanguageToggle />
        </div>
        <Typography.Title level={2} style={{ marginBottom: 0 }}>
          {t('appName')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('appTagline')}</Typography.Paragraph>
        {login.error && <Alert type="error" showIcon title={login.error.message} style={{ marginBottom: 16 }} />}
        <Form<LoginRequest> layout="vertical" onFinish={(values) => login.mutate(values)} requiredMark={false}>
          <Form.Item name="username" label={t('username')} rules={[{ required: true }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('password')} rules={[{ required: true }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending}>
            {t('login')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
