import { SettingOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Popover, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { can } from '../../domain/auth/roles';
import { formatPartialDate } from '../../domain/persons/partialDate';
import type { PersonSummary } from '../../domain/persons/personSchemas';
import { useSession } from '../auth/useSession';
import { ExportButton } from '../exports/ExportButton';
import { useLanguage } from '../i18n/LanguageProvider';
import type { MessageKey } from '../i18n/messages';
import { useCountries, useProvinceName } from '../reference/useProvinces';
import { categoryLabel, countryName, sexLabel } from './labels';
import { PersonFilterPanel } from './PersonFilterPanel';
import { usePersonList, type PersonFilters } from './usePersons';

const COLUMN_STORAGE = 'cau-noi.person-columns';
const COLUMN_KEYS = [
  'birthDate',
  'sex',
  'residenceCountry',
  'residenceCity',
  'hometown',
  'categories',
  'source',
] as const;
type ColumnKey = (typeof COLUMN_KEYS)[number];
const COLUMN_TITLES: Record<ColumnKey, MessageKey> = {
  birthDate: 'birthDate',
  sex: 'sex',
  residenceCountry: 'residenceCountry',
  residenceCity: 'residenceCity',
  hometown: 'hometown',
  categories: 'category',
  source: 'source',
};

function storedColumns(): ColumnKey[] {
  try {
    const saved = JSON.parse(localStorage.getItem(COLUMN_STORAGE) ?? 'null');
    if (Array.isArray(saved)) return COLUMN_KEYS.filter((k) => saved.includes(k));
  } catch {
    // A damaged setting falls back to the default columns.
  }
  return [...COLUMN_KEYS];
}

export function PersonsPage() {
  const { t, language } = useLanguage();
  const session = useSession();
  const navigate = useNavigate();
  const countries = useCountries();
  const provinceName = useProvinceName();
  const [filters, setFilters] = useState<PersonFilters>({});
  const [visible, setVisible] = useState<ColumnKey[]>(storedColumns);
  const list = usePersonList(filters);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const first = list.data?.pages[0];
  const mayWrite = session.data ? can(session.data.user.role, 'persons.write') : false;
  const mayExport = session.data ? can(session.data.user.role, 'persons.export') : false;

  const chooseColumns = (keys: ColumnKey[]) => {
    setVisible(keys);
    localStorage.setItem(COLUMN_STORAGE, JSON.stringify(keys));
  };
  const optional: Record<ColumnKey, ColumnsType<PersonSummary>[number]> = {
    birthDate: { title: t('birthDate'), render: (_, p) => (p.birthDate ? formatPartialDate(p.birthDate) : '—') },
    sex: { title: t('sex'), render: (_, p) => sexLabel(p.sex, language) },
    residenceCountry: {
      title: t('residenceCountry'),
      render: (_, p) => countryName(countries.data, p.residenceCountry, language),
    },
    residenceCity: { title: t('residenceCity'), dataIndex: 'residenceCity' },
    hometown: { title: t('hometown'), render: (_, p) => provinceName(p.hometownProvinceCode) },
    categories: {
      title: t('category'),
      render: (_, p) => p.categories.map((c) => <Tag key={c}>{categoryLabel(c, language)}</Tag>),
    },
    source: { title: t('source'), render: (_, p) => provinceName(p.sourceProvinceCode) },
  };
  const columns: ColumnsType<PersonSummary> = [
    {
      title: t('fullName'),
      render: (_, p) => (
        <>
          <Link to={`/persons/${p.id}`}>{p.fullName}</Link>
          {p.aliases.length > 0 && <Typography.Text type="secondary"> ({p.aliases.join(', ')})</Typography.Text>}
        </>
      ),
    },
    ...visible.map((key) => optional[key]),
  ];

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3}>{t('personsTitle')}</Typography.Title>
        <Space>
          <Popover
            trigger="click"
            title={t('columns')}
            content={
              <Checkbox.Group
                style={{ display: 'grid' }}
                value={visible}
                onChange={(keys) => chooseColumns(keys)}
                options={COLUMN_KEYS.map((k) => ({ value: k, label: t(COLUMN_TITLES[k]) }))}
              />
            }
          >
            <Button icon={<SettingOutlined />}>{t('columns')}</Button>
          </Popover>
          {mayExport && <ExportButton path="/api/persons/export" filters={filters} />}
          {mayWrite && (
            <Button type="primary" onClick={() => navigate('/persons/new')}>
              {t('newPerson')}
            </Button>
          )}
        </Space>
      </Space>
      <PersonFilterPanel onChange={setFilters} />
      {list.error && <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 16 }} />}
      {first?.total != null && (
        <Typography.Paragraph type="secondary" data-testid="person-total">
          {first.totalIsEstimate ? '≈ ' : ''}
          {first.total.toLocaleString(language)} {t('records')}
        </Typography.Paragraph>
      )}
      <Table<PersonSummary>
        rowKey="id"
        size="middle"
        loading={list.isPending}
        dataSource={rows}
        columns={columns}
        pagination={false}
        locale={{ emptyText: t('noPersons') }}
      />
      {list.hasNextPage && (
        <Button style={{ marginTop: 16 }} onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage}>
          {t('loadMore')}
        </Button>
      )}
    </>
  );
}
