import { Input, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { RelativeRecord } from '../../domain/relatives/relativeSchemas';
import { useLanguage } from '../i18n/LanguageProvider';
import { useProvinceName } from '../reference/useProvinces';
import { useRelativeList } from './useRelatives';

const PAGE_SIZE = 20;

/** Thân nhân: find a relative by name or phone; their page shows every person linked to them. */
export function RelativesPage() {
  const { t } = useLanguage();
  const provinceName = useProvinceName();
  const [filters, setFilters] = useState<{ q?: string; phone?: string }>({});
  const [page, setPage] = useState(1);
  const list = useRelativeList({ ...filters, page, pageSize: PAGE_SIZE });
  const filter = (next: { q?: string; phone?: string }) => {
    setFilters({ ...filters, ...next });
    setPage(1);
  };
  return (
    <>
      <Typography.Title level={3}>{t('relativesTitle')}</Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          placeholder={t('relativesSearchName')}
          allowClear
          onSearch={(q) => filter({ q })}
          style={{ width: 320 }}
        />
        <Input.Search
          placeholder={t('relativesSearchPhone')}
          allowClear
          onSearch={(phone) => filter({ phone })}
          style={{ width: 200 }}
        />
      </Space>
      <Table<RelativeRecord>
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data?.items}
        locale={{ emptyText: t('relativesNone') }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total, onChange: setPage }}
        columns={[
          { title: t('fullName'), render: (_, r) => <Link to={`/relatives/${r.id}`}>{r.fullName}</Link> },
          { title: t('phone'), dataIndex: 'phone' },
          { title: t('address'), dataIndex: 'address' },
          { title: t('province'), dataIndex: 'provinceCode', render: provinceName },
          { title: t('relativesPersons'), dataIndex: 'personCount' },
        ]}
      />
    </>
  );
}
