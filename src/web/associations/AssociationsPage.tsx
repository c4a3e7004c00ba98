import { Button, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import {
  ASSOCIATION_FIELD_LABELS,
  ASSOCIATION_FIELDS,
  ASSOCIATION_KIND_LABELS,
  ASSOCIATION_KINDS,
} from '../../domain/associations/categories';
import type { AssociationSummary } from '../../domain/associations/associationSchemas';
import { can } from '../../domain/auth/roles';
import { useSession } from '../auth/useSession';
import { ExportButton } from '../exports/ExportButton';
import { enumOptions, labelOf } from '../i18n/labelOf';
import { useListFilters } from '../forms/useListFilters';
import { useLanguage } from '../i18n/LanguageProvider';
import { useCountryName, useCountryOptions, useProvinceName } from '../reference/useProvinces';
import { useAssociationList } from './useAssociations';

const PAGE_SIZE = 20;

/** Hội đoàn, hội thân nhân: the list with its filters, what each supplied, export. */
export function AssociationsPage() {
  const { t, language } = useLanguage();
  const navigate = useNavigate();
  const session = useSession();
  const countryOptions = useCountryOptions(language);
  const countryName = useCountryName(language);
  const provinceName = useProvinceName();
  const { filters, filter, page, setPage } = useListFilters({});
  const list = useAssociationList({ ...filters, page, pageSize: PAGE_SIZE });
  const mayWrite = !!session.data && can(session.data.user.role, 'associations.write');

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3}>{t('associationsTitle')}</Typography.Title>
        <Space>
          {mayWrite && <ExportButton path="/api/associations/export" filters={filters} />}
          {mayWrite && (
            <Button type="primary" onClick={() => navigate('/associations/new')}>
              {t('associationNew')}
            </Button>
          )}
        </Space>
      </Space>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          placeholder={t('associationSearch')}
          allowClear
          onSearch={(q) => filter({ q })}
          style={{ width: 280 }}
        />
        <Select
          allowClear
          placeholder={t('associationKind')}
          style={{ width: 240 }}
          options={enumOptions(ASSOCIATION_KINDS, ASSOCIATION_KIND_LABELS, language)}
          onChange={(kind) => filter({ kind })}
        />
        <Select
          allowClear
          placeholder={t('associationCountry')}
          style={{ width: 200 }}
          showSearch={{ optionFilterProp: 'label' }}
          options={countryOptions}
          onChange={(country) => filter({ country })}
        />
        <Select
          allowClear
          placeholder={t('associationFields')}
          style={{ width: 220 }}
          options={enumOptions(ASSOCIATION_FIELDS, ASSOCIATION_FIELD_LABELS, language)}
          onChange={(field) => filter({ field })}
        />
      </Space>
      <Table<AssociationSummary>
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data?.items}
        locale={{ emptyText: t('associationNone') }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total, onChange: setPage }}
        columns={[
          {
            title: t('associationName'),
            render: (_, a) => (
              <>
                <Link to={`/associations/${a.id}`}>{a.name}</Link>{' '}
                {a.status === 'inactive' && <Tag>{t('associationInactive')}</Tag>}
              </>
            ),
          },
          { title: t('associationKind'), render: (_, a) => labelOf(ASSOCIATION_KIND_LABELS, a.kind, language) },
          {
            title: t('associationFields'),
            render: (_, a) => a.fields.map((f) => <Tag key={f}>{labelOf(ASSOCIATION_FIELD_LABELS, f, language)}</Tag>),
          },
          {
            title: t('associationCountry'),
            render: (_, a) => [countryName(a.country), a.city].filter(Boolean).join(', '),
          },
          { title: t('associationProvince'), render: (_, a) => provinceName(a.provinceCode) },
          { title: t('associationMembers'), dataIndex: 'members' },
          { title: t('associationSupplied'), dataIndex: 'personsSupplied' },
          {
            title: t('associationLastSupplied'),
            render: (_, a) => (a.lastSuppliedAt ? new Date(a.lastSuppliedAt).toLocaleDateString(language) : '—'),
          },
        ]}
      />
    </>
  );
}
