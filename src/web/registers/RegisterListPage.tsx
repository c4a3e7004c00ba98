import { Button, Input, Select, Space, Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { can } from '../../domain/auth/roles';
import type { RegisterSpec } from '../../domain/registers/registerSpec';
import { useSession } from '../auth/useSession';
import { ExportButton } from '../exports/ExportButton';
import { useListFilters } from '../forms/useListFilters';
import { useLanguage } from '../i18n/LanguageProvider';
import { useCountryName, useCountryOptions } from '../reference/useProvinces';
import { registerValue } from './registerValue';
import { useRegisterList, type RegisterRecord } from './useRegister';

const PAGE_SIZE = 20;

/** A register's list: its search, the filters its spec offers, the columns it lists, pages, export. */
export function RegisterListPage({ spec, actions }: { spec: RegisterSpec; actions?: ReactNode }) {
  const { t, language } = useLanguage();
  const navigate = useNavigate();
  const session = useSession();
  const countryOptions = useCountryOptions(language);
  const countryName = useCountryName(language);
  const { filters, filter, page, setPage } = useListFilters();
  const list = useRegisterList(spec, { ...filters, page, pageSize: PAGE_SIZE });
  const mayWrite = !!session.data && can(session.data.user.role, 'affairs.write');
  const names = list.data?.names ?? {};
  const [first, ...rest] = spec.fields.filter((f) => f.list);
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3}>{spec.title[language]}</Typography.Title>
        <Space>
          {actions}
          <ExportButton path={`/api/${spec.key}/export`} filters={filters} />
          {mayWrite && (
            <Button type="primary" onClick={() => navigate(`/${spec.key}/new`)}>
              {t('create')}
            </Button>
          )}
        </Space>
      </Space>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search placeholder={t('search')} allowClear onSearch={(q) => filter({ q })} style={{ width: 260 }} />
        {spec.fields
          .filter((f) => f.filter)
          .map((f) => (
            <Select
              key={f.name}
              allowClear
              aria-label={f.label[language]}
              placeholder={f.label[language]}
              style={{ width: 200 }}
              showSearch={{ optionFilterProp: 'label' }}
              options={
                f.kind === 'country' || f.kind === 'countries'
                  ? countryOptions
                  : Object.entries(f.options ?? {}).map(([value, label]) => ({ value, label: label[language] }))
              }
              onChange={(value?: string) => filter({ [f.name]: value })}
            />
          ))}
      </Space>
      <Table<RegisterRecord>
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data?.items}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total, onChange: setPage }}
        columns={[
          {
            title: first!.label[language],
            render: (_, r) => (
              <Link to={`/${spec.key}/${r.id}`}>
                {registerValue(first!, r[first!.name], names, countryName, language)}
              </Link>
            ),
          },
          ...rest.map((f) => ({
            key: f.name,
            title: f.label[language],
            render: (_: unknown, r: RegisterRecord) => registerValue(f, r[f.name], names, countryName, language),
          })),
        ]}
      />
    </>
  );
}
