import { App, Button, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ROLE_LABELS, ROLES } from '../../domain/auth/roles';
import type { User } from '../../domain/users/userSchemas';
import { useListFilters } from '../forms/useListFilters';
import { useLanguage } from '../i18n/LanguageProvider';
import { useCommunes, useProvinceName } from '../reference/useProvinces';
import { useMissions } from '../orgUnits/useOrgUnits';
import { UserFormModal } from './UserFormModal';
import { useUserMutations, useUsers } from './useUsers';

const PAGE_SIZE = 20;

export function UsersPage() {
  const { t, language } = useLanguage();
  const { modal } = App.useApp();
  const provinceName = useProvinceName();
  const { filters, filter, page, setPage } = useListFilters({});
  const users = useUsers(filters, page, PAGE_SIZE);
  const missions = useMissions();
  const communes = useCommunes(users.data?.items.find((u) => u.communeCode)?.provinceCode ?? null);
  const communeName = (code: string) => communes.data?.find((c) => c.code === code)?.name ?? code;
  const { resetPassword } = useUserMutations();
  const [editing, setEditing] = useState<User | 'new' | null>(null);

  const showPassword = (username: string, oneTimePassword: string) =>
    modal.info({
      title: `${t('oneTimePasswordTitle')}: ${username}`,
      content: (
        <>
          <Typography.Paragraph copyable code data-testid="one-time-password">
            {oneTimePassword}
          </Typography.Paragraph>
          <Typography.Text type="secondary">{t('oneTimePasswordHint')}</Typography.Text>
        </>
      ),
    });

  return (
    <>
      <Typography.Title level={3}>{t('usersTitle')}</Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search placeholder={t('search')} allowClear onSearch={(q) => filter({ q })} style={{ width: 240 }} />
        <Select
          allowClear
          placeholder={t('role')}
          style={{ width: 220 }}
          options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r][language] }))}
          onChange={(role) => filter({ role })}
        />
        <Button type="primary" onClick={() => setEditing('new')}>
          {t('newUser')}
        </Button>
      </Space>
      <Table<User>
        rowKey="id"
        loading={users.isPending}
        dataSource={users.data?.items}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: users.data?.total, onChange: setPage }}
        columns={[
          { title: t('username'), dataIndex: 'username' },
          { title: t('displayName'), dataIndex: 'displayName' },
          { title: t('role'), dataIndex: 'role', render: (r: User['role']) => ROLE_LABELS[r][language] },
          {
            title: t('province'),
            render: (_, u: User) =>
              u.missionId
                ? (missions.data?.find((m) => m.id === u.missionId)?.name ?? '')
                : [u.provinceCode && provinceName(u.provinceCode), u.communeCode && communeName(u.communeCode)]
                    .filter(Boolean)
                    .join(' · '),
          },
          {
            title: t('status'),
            render: (_, u) => (
              <Space>
                {u.isActive ? <Tag color="green">{t('active')}</Tag> : <Tag>{t('disabled')}</Tag>}
                {u.isLocked && <Tag color="red">{t('locked')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('lastLogin'),
            dataIndex: 'lastLoginAt',
            render: (v: string | null) => (v ? new Date(v).toLocaleString(language) : '—'),
          },
          {
            render: (_, u) => (
              <Space>
                <Button size="small" onClick={() => setEditing(u)}>
                  {t('edit')}
                </Button>
                <Button
                  size="small"
                  onClick={() =>
                    resetPassword.mutate(u.id, { onSuccess: (r) => showPassword(r.user.username, r.oneTimePassword) })
                  }
                >
                  {t('resetPassword')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <UserFormModal
          editing={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onCreated={(username, password) => {
            setEditing(null);
            showPassword(username, password);
          }}
        />
      )}
    </>
  );
}
