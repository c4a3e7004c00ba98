import { Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { can } from '../../domain/auth/roles';
import { DEGREE_LABELS, WILLINGNESS_LABELS } from '../../domain/experts/expertFields';
import type { ExpertSummary } from '../../domain/experts/expertSchemas';
import { useSession } from '../auth/useSession';
import { ExportButton } from '../exports/ExportButton';
import { formatDate } from '../forms/dateField';
import { labelOf } from '../i18n/labelOf';
import { useListFilters } from '../forms/useListFilters';
import { useLanguage } from '../i18n/LanguageProvider';
import type { MessageKey } from '../i18n/messages';
import type { Language } from '../../domain/text/texts';
import { useCountryName, useCountryOptions } from '../reference/useProvinces';
import { fieldLabel, fieldOptions, languageLabel, languageOptions, willingnessOptions } from './expertOptions';
import { useExpertList } from './useExperts';

const PAGE_SIZE = 20;

/** Chuyên gia, trí thức: experts of the jurisdiction by field, language and what they are willing to do. */
export function ExpertsPage() {
  const { t, language } = useLanguage();
  const session = useSession();
  const countryOptions = useCountryOptions(language);
  const countryName = useCountryName(language);
  const { filters, filter, page, setPage } = useListFilters({});
  const list = useExpertList({ ...filters, page, pageSize: PAGE_SIZE });
  const mayExport = !!session.data && can(session.data.user.role, 'experts.write');
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3}>{t('expertsTitle')}</Typography.Title>
        {mayExport && <ExportButton path="/api/experts/export" filters={filters} />}
      </Space>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          placeholder={t('expertSearch')}
          allowClear
          onSearch={(q) => filter({ q })}
          style={{ width: 240 }}
        />
        <Select
          allowClear
          placeholder={t('expertField')}
          style={{ width: 260 }}
          showSearch={{ optionFilterProp: 'label' }}
          options={fieldOptions(language)}
          onChange={(field) => filter({ field })}
        />
        <Select
          allowClear
          placeholder={t('expertLanguages')}
          style={{ width: 160 }}
          options={languageOptions(language)}
          onChange={(l) => filter({ language: l })}
        />
        <Select
          allowClear
          placeholder={t('expertWillingness')}
          style={{ width: 180 }}
          options={willingnessOptions(language)}
          onChange={(willingness) => filter({ willingness })}
        />
        <Select
          allowClear
          placeholder={t('residenceCountry')}
          style={{ width: 200 }}
          showSearch={{ optionFilterProp: 'label' }}
          options={countryOptions}
          onChange={(country) => filter({ country })}
        />
      </Space>
      <Table<ExpertSummary>
        rowKey="personId"
        loading={list.isPending}
        dataSource={list.data?.items}
        locale={{ emptyText: t('expertNone') }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total, onChange: setPage }}
        columns={expertColumns({ t, language, countryName, linked: true })}
      />
    </>
  );
}

/** The columns of a list of experts: name (to the person's page when `linked`), degree, fields, languages, willingness, where, last contact. */
export function expertColumns<T extends ExpertSummary>(props: {
  t: (key: MessageKey) => string;
  language: Language;
  countryName: (code: string | null) => string;
  linked: boolean;
}): ColumnsType<T> {
  const { t, language, countryName, linked } = props;
  return [
    {
      title: t('fullName'),
      render: (_, e) => (linked ? <Link to={`/persons/${e.personId}`}>{e.fullName}</Link> : e.fullName),
    },
    { title: t('expertDegree'), render: (_, e) => (e.degree ? labelOf(DEGREE_LABELS, e.degree, language) : '—') },
    { title: t('expertFields'), render: (_, e) => e.fields.map((f) => <Tag key={f}>{fieldLabel(f, language)}</Tag>) },
    { title: t('expertLanguages'), render: (_, e) => e.languages.map((l) => languageLabel(l, language)).join(', ') },
    {
      title: t('expertWillingness'),
      render: (_, e) => e.willingness.map((w) => <Tag key={w}>{labelOf(WILLINGNESS_LABELS, w, language)}</Tag>),
    },
    {
      title: t('residenceCountry'),
      render: (_, e) => [countryName(e.residenceCountry), e.residenceCity].filter(Boolean).join(', '),
    },
    { title: t('expertLastContact'), render: (_, e) => formatDate(e.lastContactedOn) },
  ];
}
