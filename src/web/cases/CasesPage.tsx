import { Badge, Button, Checkbox, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import {
  CASE_STATUS_LABELS,
  CASE_STATUSES,
  CASE_TYPE_LABELS,
  CASE_TYPES,
  URGENCIES,
  URGENCY_LABELS,
} from '../../domain/cases/caseCategories';
import type { CaseSummary } from '../../domain/cases/caseSchemas';
import { ExportButton } from '../exports/ExportButton';
import { enumOptions, labelOf } from '../i18n/labelOf';
import { useListFilters } from '../forms/useListFilters';
import { useLanguage } from '../i18n/LanguageProvider';
import { useCountryName } from '../reference/useProvinces';
import { CaseStatusTag, UrgencyTag } from './caseTags';
import { useCaseList } from './useCases';

const PAGE_SIZE = 20;

/** Bảo hộ công dân: the cases the user may see, newest first, the overdue ones marked. */
export function CasesPage() {
  const { t, language } = useLanguage();
  const navigate = useNavigate();
  const countryName = useCountryName(language);
  const { filters, filter, page, setPage } = useListFilters({ open: 'true' });
  const list = useCaseList({ ...filters, page, pageSize: PAGE_SIZE });
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3}>{t('casesTitle')}</Typography.Title>
        <Space>
          <ExportButton path="/api/cases/export" filters={filters} />
          <Button type="primary" onClick={() => navigate('/cases/new')}>
            {t('caseNew')}
          </Button>
        </Space>
      </Space>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search placeholder={t('caseSearch')} allowClear onSearch={(q) => filter({ q })} style={{ width: 240 }} />
        <Select
          allowClear
          placeholder={t('caseStatus')}
          style={{ width: 160 }}
          options={enumOptions(CASE_STATUSES, CASE_STATUS_LABELS, language)}
          onChange={(status) => filter({ status })}
        />
        <Select
          allowClear
          placeholder={t('caseType')}
          style={{ width: 220 }}
          options={enumOptions(CASE_TYPES, CASE_TYPE_LABELS, language)}
          onChange={(type) => filter({ type })}
        />
        <Select
          allowClear
          placeholder={t('caseUrgency')}
          style={{ width: 150 }}
          options={enumOptions(URGENCIES, URGENCY_LABELS, language)}
          onChange={(urgency) => filter({ urgency })}
        />
        <Checkbox
          checked={filters.open === 'true'}
          onChange={(e) => filter({ open: e.target.checked ? 'true' : undefined })}
        >
          {t('caseOpenOnly')}
        </Checkbox>
        <Checkbox onChange={(e) => filter({ overdue: e.target.checked ? 'true' : undefined })}>
          {t('caseOverdueOnly')}
        </Checkbox>
      </Space>
      <Table<CaseSummary>
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data?.items}
        locale={{ emptyText: t('caseNone') }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total, onChange: setPage }}
        columns={[
          { title: t('caseCode'), render: (_, c) => <Link to={`/cases/${c.id}`}>{c.code}</Link> },
          { title: t('caseTitle'), dataIndex: 'title' },
          { title: t('caseType'), render: (_, c) => labelOf(CASE_TYPE_LABELS, c.type, language) },
          { title: t('caseUrgency'), render: (_, c) => <UrgencyTag urgency={c.urgency} /> },
          { title: t('caseStatus'), render: (_, c) => <CaseStatusTag status={c.status} /> },
          { title: t('caseCountry'), render: (_, c) => countryName(c.country) },
          { title: t('caseAssigned'), render: (_, c) => c.assignedTo?.name ?? '—' },
          { title: t('caseReceived'), render: (_, c) => new Date(c.receivedAt).toLocaleDateString(language) },
          {
            title: t('caseTasks'),
            render: (_, c) => (
              <Space>
                {c.openTasks}
                {c.overdueTasks > 0 && (
                  <Badge count={c.overdueTasks}>
                    <Tag color="red">{t('caseOverdue')}</Tag>
                  </Badge>
                )}
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}
