import { Button, Card, Col, Empty, Row, Space, Table, Tabs, Tag, Tree, Typography } from 'antd';
import { useState } from 'react';
import { can } from '../../domain/auth/roles';
import type { Mission } from '../../domain/orgUnits/orgUnitSchemas';
import { MISSION_KIND_LABELS } from '../../domain/orgUnits/orgUnitTexts';
import { useSession } from '../auth/useSession';
import { useLanguage } from '../i18n/LanguageProvider';
import { useCountryName } from '../reference/useProvinces';
import { MissionModal } from './MissionModal';
import { useOrgTree, useProvinceBranch } from './useOrgUnits';

/**
 * Hệ thống đơn vị: the Ministry at the root, the provinces (each with its agencies and 2025
 * communes) and the missions abroad with their districts; the accounts each unit holds.
 */
export function OrgUnitsPage() {
  const { t, language } = useLanguage();
  const tree = useOrgTree();
  const user = useSession().data?.user;
  const [province, setProvince] = useState<string | null>(null);
  const [editing, setEditing] = useState<Mission | 'new' | null>(null);
  const countryName = useCountryName(language);
  const ministryKeeps = !!user && user.provinceCode === null && can(user.role, 'agencies.manage');
  const data = tree.data;
  const users = (n: number) => `${n} ${t('orgUsers')}`;
  const treeData = data && [
    {
      key: 'ministry',
      title: `${language === 'vi' ? data.ministry.name : data.ministry.nameEn} · ${users(data.ministry.users)}`,
      children: [
        {
          key: 'provinces',
          title: `${t('orgProvinces')} (${data.provinces.length})`,
          children: data.provinces.map((p) => ({
            key: `p:${p.code}`,
            title: `${p.name} · ${p.agencies} ${t('orgAgencies').toLowerCase()}, ${p.communes} ${t('orgCommunes').toLowerCase()}, ${users(p.users)}`,
          })),
        },
        {
          key: 'missions',
          title: `${t('orgMissions')} (${data.missions.length})`,
          children: data.missions.map((m) => ({ key: `m:${m.id}`, title: `${m.name} · ${users(m.users)}` })),
        },
      ],
    },
  ];
  return (
    <>
      <Typography.Title level={3}>{t('orgUnitsTitle')}</Typography.Title>
      <Row gutter={16}>
        <Col xs={24} lg={10}>
          <Card loading={tree.isPending}>
            {treeData && (
              <Tree
                treeData={treeData}
                defaultExpandedKeys={['ministry', 'provinces', 'missions']}
                onSelect={([key]) => {
                  if (typeof key === 'string' && key.startsWith('p:')) setProvince(key.slice(2));
                }}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          {province ? <ProvinceBranchCard code={province} /> : <Empty description={t('orgPickProvince')} />}
        </Col>
      </Row>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginTop: 24 }}>
        <Typography.Title level={4}>{t('orgMissions')}</Typography.Title>
        {ministryKeeps && (
          <Button type="primary" onClick={() => setEditing('new')}>
            {t('missionNew')}
          </Button>
        )}
      </Space>
      <Table<Mission>
        rowKey="id"
        dataSource={data?.missions}
        pagination={false}
        columns={[
          {
            title: t('missionName'),
            render: (_, m) => (
              <Space>
                {m.name}
                <Tag>{MISSION_KIND_LABELS[m.kind][language]}</Tag>
                {!m.isActive && <Tag>{t('disabled')}</Tag>}
              </Space>
            ),
          },
          { title: t('missionCity'), render: (_, m) => `${m.city}, ${countryName(m.seatCountry)}` },
          { title: t('missionCountries'), render: (_, m) => m.countries.map(countryName).join(', ') },
          { title: t('missionCode'), dataIndex: 'code' },
          {
            key: 'edit',
            render: (_, m) =>
              ministryKeeps && (
                <Button size="small" onClick={() => setEditing(m)}>
                  {t('edit')}
                </Button>
              ),
          },
        ]}
      />
      {editing && <MissionModal editing={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </>
  );
}

function ProvinceBranchCard({ code }: { code: string }) {
  const { t } = useLanguage();
  const branch = useProvinceBranch(code);
  const data = branch.data;
  return (
    <Card title={data?.name} loading={branch.isPending}>
      <Tabs
        items={[
          {
            key: 'agencies',
            label: `${t('orgAgencies')} (${data?.agencies.length ?? 0})`,
            children: (
              <Table
                rowKey="id"
                size="small"
                dataSource={data?.agencies}
                pagination={false}
                columns={[
                  { title: t('missionName'), dataIndex: 'name' },
                  { title: t('orgUsers'), dataIndex: 'users', width: 110 },
                ]}
              />
            ),
          },
          {
            key: 'communes',
            label: `${t('orgCommunes')} (${data?.communes.length ?? 0})`,
            children: (
              <Table
                rowKey="code"
                size="small"
                dataSource={data?.communes}
                columns={[
                  { title: t('missionName'), dataIndex: 'name' },
                  { title: t('missionCode'), dataIndex: 'code', width: 100 },
                  { title: t('orgUsers'), dataIndex: 'users', width: 110 },
                ]}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
