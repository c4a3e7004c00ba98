import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Layout, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { api } from '../api/apiClient';
import { ErrorAlert } from '../errors/ErrorAlert';
import { useLanguage } from '../i18n/LanguageProvider';

/** Where an e-mail's "no more mail" link leads: one click confirms, and contact consent is withdrawn. */
export function UnsubscribePage() {
  const { t } = useLanguage();
  const [params] = useSearchParams();
  const token = params.get('t') ?? '';
  const confirm = useMutation({ mutationFn: () => api('POST /api/portal/unsubscribe', { body: { token } }) });
  return (
    <Layout style={{ minHeight: '100vh', background: '#f5f5f5' }}>
      <Layout.Content style={{ maxWidth: 560, width: '100%', margin: '0 auto', padding: 16 }}>
        <Card title={t('unsubscribeTitle')}>
          {confirm.isSuccess ? (
            <Alert type="success" showIcon title={t('unsubscribeDone')} />
          ) : (
            <>
              <Typography.Paragraph>{t('unsubscribeHint')}</Typography.Paragraph>
              <Button type="primary" onClick={() => confirm.mutate()} loading={confirm.isPending} disabled={!token}>
                {t('unsubscribeConfirm')}
              </Button>
            </>
          )}
          <ErrorAlert error={confirm.error} />
        </Card>
      </Layout.Content>
    </Layout>
  );
}
