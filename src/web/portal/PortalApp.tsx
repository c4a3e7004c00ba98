import { Button, Layout, Space, Spin, Typography } from 'antd';
import { ErrorAlert } from '../errors/ErrorAlert';
import { useLanguage } from '../i18n/LanguageProvider';
import { PortalRecord } from './PortalRecord';
import { PortalSignIn } from './PortalSignIn';
import { usePortalMe, usePortalMutations } from './usePortal';

/**
 * Cổng thông tin kiều bào (/cong-dan): its own layout, one column for a phone abroad; the staff
 * application's menu and session are not part of it.
 */
export function PortalApp() {
  const { t, language, toggleLanguage } = useLanguage();
  const me = usePortalMe();
  const { signOut } = usePortalMutations();
  return (
    <Layout style={{ minHeight: '100vh', background: '#f5f5f5' }}>
      <Layout.Content style={{ maxWidth: 560, width: '100%', margin: '0 auto', padding: 16 }}>
        <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('portalTitle')}
          </Typography.Title>
          <Space>
            <Button type="link" onClick={toggleLanguage}>
              {language === 'vi' ? 'English' : 'Tiếng Việt'}
            </Button>
            {me.data && (
              <Button onClick={() => signOut.mutate()} loading={signOut.isPending}>
                {t('portalSignOut')}
              </Button>
            )}
          </Space>
        </Space>
        <ErrorAlert error={me.error} />
        {me.isPending ? <Spin /> : me.data ? <PortalRecord me={me.data} /> : <PortalSignIn />}
      </Layout.Content>
    </Layout>
  );
}
