import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../errors/ErrorAlert';
import { useLanguage } from '../i18n/LanguageProvider';
import { PortalPasswordSignIn } from './PortalPassword';
import { usePortalMutations } from './usePortal';

/** Sign-in by e-mail: a code is sent, the person types it; an invitation link pre-fills the address. */
export function PortalSignIn() {
  const { t } = useLanguage();
  const [params] = useSearchParams();
  const invitation = params.get('moi') ?? undefined;
  const [email, setEmail] = useState(params.get('email') ?? '');
  const [codeSent, setCodeSent] = useState(false);
  const { askCode, verify } = usePortalMutations();
  return (
    <Card>
      <Typography.Paragraph>{t('portalIntro')}</Typography.Paragraph>
      {invitation && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('portalInvited')} />}
      <Form
        layout="vertical"
        onFinish={(values: { email: string }) =>
          askCode.mutate({ email: values.email, invitation }, { onSuccess: () => setCodeSent(true) })
        }
        initialValues={{ email }}
      >
        <Form.Item name="email" label={t('portalEmail')} rules={[{ required: true, type: 'email' }]}>
          <Input type="email" autoComplete="email" inputMode="email" onChange={(e) => setEmail(e.target.value)} />
        </Form.Item>
        <Button htmlType="submit" block loading={askCode.isPending}>
          {t('portalSendCode')}
        </Button>
      </Form>
      <ErrorAlert error={askCode.error} />
      {codeSent && (
        <Form
          layout="vertical"
          style={{ marginTop: 24 }}
          onFinish={(values: { code: string }) => verify.mutate({ email: email.trim(), code: values.code, invitation })}
        >
          <Alert type="success" showIcon style={{ marginBottom: 16 }} title={t('portalCodeSent', { email })} />
          <Form.Item name="code" label={t('portalCode')} rules={[{ required: true, pattern: /^\d{6}$/ }]}>
            <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={verify.isPending}>
            {t('portalSignIn')}
          </Button>
          <ErrorAlert error={verify.error} />
        </Form>
      )}
      {!invitation && <PortalPasswordSignIn email={email} />}
    </Card>
  );
}
