import { DownOutlined, KeyOutlined, LogoutOutlined } from '@ant-design/icons';
import { Button, Dropdown, Layout, Menu, Space, Spin, Typography } from 'antd';
import { Suspense } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { ROLE_LABELS } from '../../domain/auth/roles';
import { useLogout, useSession } from '../auth/useSession';
import { useLanguage } from '../i18n/LanguageProvider';
import { LanguageToggle } from './LanguageToggle';
import { groupOfPath, menuItems } from './menuItems';

export function AppLayout() {
  const { t, language } = useLanguage();
  const session = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const location = useLocation();
  const user = session.data?.user;
  if (!user) return null;

  const userMenu = {
    items: [
      { key: 'password', icon: <KeyOutlined />, label: t('changePassword') },
      { key: 'logout', icon: <LogoutOutlined />, label: t('logout'), danger: true },
    ],
    onClick: ({ key }: { key: string }) => {
      if (key === 'password') navigate('/change-password');
      if (key === 'logout') logout.mutate(undefined, { onSettled: () => navigate('/login') });
    },
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={250} breakpoint="lg" collapsedWidth={0} theme="light">
        <div style={{ padding: '16px 24px' }}>
          <Typography.Title level={4} style={{ margin: 0, color: '#b71c1c' }}>
            {t('appName')}
          </Typography.Title>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('appTagline')}
          </Typography.Text>
        </div>
        <Menu
          mode="inline"
          selectedKeys={[location.pathname === '/' ? '/' : `/${location.pathname.split('/')[1]}`]}
          defaultOpenKeys={['admin', groupOfPath(location.pathname) ?? '']}
          items={menuItems(user.role, t, language)}
          onClick={({ key }) => key.startsWith('/') && navigate(key)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', display: 'flex', justifyContent: 'flex-end', gap: 8 }}>
          <LanguageToggle />
          <Dropdown menu={userMenu} trigger={['click']}>
            <Button type="text" data-testid="user-menu">
              <Space>
                {user.displayName}
                <Typography.Text type="secondary">({ROLE_LABELS[user.role][language]})</Typography.Text>
                <DownOutlined />
              </Space>
            </Button>
          </Dropdown>
        </Layout.Header>
        <Layout.Content style={{ margin: 24 }}>
          <Suspense fallback={<Spin size="large" style={{ display: 'block', margin: '10vh auto' }} />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
