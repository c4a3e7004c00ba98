import { useQuery } from '@tanstack/react-query';
import { Card, Col, InputNumber, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { CASE_TYPE_LABELS } from '../../domain/cases/caseCategories';
import { EXPERT_FIELD_LABELS } from '../../domain/experts/expertFields';
import { FIGURE_KEYS, FIGURES } from '../../domain/plans/figures';
import { PERSON_CATEGORY_LABELS, SEX_LABELS } from '../../domain/persons/categories';
import {
  AGE_BAND_LABELS,
  type Counts,
  type ProvinceRow,
  type Statistics,
} from '../../domain/statistics/statisticsSchemas';
import { api } from '../api/apiClient';
import { useSession } from '../auth/useSession';
import { barOption, lineOption, pieOption, stackedOption } from '../dashboard/chartOptions';
import { EChart } from '../dashboard/EChart';
import { useLanguage } from '../i18n/LanguageProvider';
import type { Language, Text } from '../../domain/text/texts';
import {
  useCommunes,
  useCountryName,
  useLegacyProvinceName,
  useProvinceName,
  useProvinceOptions,
} from '../reference/useProvinces';
import { AffairsFigures } from './AffairsFigures';
import { useStatistics } from './useStatistics';
import { WorldMap } from './WorldMap';

type Labels = Readonly<Record<string, Text>>;
const labelled = (counts: Counts, labels: Labels, language: Language) =>
  counts.map((c) => ({ label: c.code ? (labels[c.code]?.[language] ?? c.code) : '—', count: c.count }));

const STANDINGS = [
  ['accepted', '#389e0d'],
  ['submitted', '#1677ff'],
  ['returned', '#fa8c16'],
  ['pending', '#bfbfbf'],
  ['overdue', '#cf1322'],
] as const;

/** Thống kê: a province's (or the country's) figures for a year, charted; the provinces side by side for the Ministry. */
export function StatisticsPage() {
  const { t } = useLanguage();
  const session = useSession();
  const isNational = session.data?.user.provinceCode === null;
  const provinceOptions = useProvinceOptions();
  const [province, setProvince] = useState<string | undefined>();
  const [year, setYear] = useState(new Date().getFullYear());
  const stats = useStatistics(province, year);
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3}>{t('statisticsTitle')}</Typography.Title>
        <Space>
          {isNational && (
            <Select
              allowClear
              aria-label={t('statisticsProvince')}
              placeholder={t('statisticsAll')}
              style={{ width: 220 }}
              showSearch={{ optionFilterProp: 'label' }}
              options={provinceOptions}
              onChange={setProvince}
            />
          )}
          <InputNumber
            aria-label={t('statisticsYear')}
            value={year}
            min={2000}
            max={2100}
            onChange={(v) => v && setYear(v)}
          />
        </Space>
      </Space>
      {stats.data && <StatisticsCharts stats={stats.data} />}
      {isNational && !province && <SideBySide year={year} />}
    </>
  );
}

function StatisticsCharts({ stats }: { stats: Statistics }) {
  const { t, language } = useLanguage();
  const countryName = useCountryName(language);
  const provinceName = useProvinceName();
  const legacyName = useLegacyProvinceName();
  const communes = useCommunes(stats.provinceCode);
  const communeName = (code: string | null) => communes.data?.find((c) => c.code === code)?.fullName ?? code ?? '—';
  const p = stats.persons;
  const card = (title: Parameters<typeof t>[0], body: React.ReactNode, span = 12) => (
    <Col xs={24} lg={span}>
      <Card title={t(title)}>{body}</Card>
    </Col>
  );
  const taskStacks = STANDINGS.map(([standing, color]) => ({
    name: t(`standing_${standing}`),
    color,
    values: [stats.tasks[standing]],
  }));
  return (
    <Row gutter={[16, 16]}>
      <Col xs={12} md={6}>
        <Card>
          <Statistic title={t('statPersons')} value={p.total} />
        </Card>
      </Col>
      <Col xs={12} md={6}>
        <Card>
          <Statistic title={t('statExperts')} value={stats.experts.total} />
        </Card>
      </Col>
      <Col xs={12} md={6}>
        <Card>
          <Statistic title={t('statCasesYear')} value={stats.cases.receivedInYear} />
        </Card>
      </Col>
      <Col xs={12} md={6}>
        <Card>
          <Statistic title={t('statAssociations')} value={stats.associations.total} />
        </Card>
      </Col>
      {card('statWorldMap', <WorldMap counts={p.byCountry} countryName={countryName} />, 24)}
      {card('statByCategory', <EChart option={barOption(labelled(p.byCategory, PERSON_CATEGORY_LABELS, language))} />)}
      {card('statByAge', <EChart option={barOption(labelled(p.byAgeBand, AGE_BAND_LABELS, language))} />)}
      {card('statBySex', <EChart option={pieOption(labelled(p.bySex, SEX_LABELS, language))} />)}
      {card(
        'statRecorded',
        <EChart option={lineOption(p.recordedByYear.map((r) => ({ label: r.code ?? '—', count: r.count })))} />,
      )}
      {card(
        'statByProvince',
        <EChart
          option={barOption(p.byProvince.slice(0, 15).map((r) => ({ label: provinceName(r.code), count: r.count })))}
          height={420}
        />,
      )}
      {card(
        'statByLegacy',
        <EChart
          option={barOption(
            p.byLegacyProvince.slice(0, 15).map((r) => ({ label: legacyName(r.code), count: r.count })),
          )}
          height={420}
        />,
      )}
      {stats.provinceCode &&
        card(
          'statByCommune',
          <EChart
            option={barOption(p.byCommune.slice(0, 15).map((r) => ({ label: communeName(r.code), count: r.count })))}
            height={420}
          />,
        )}
      {card(
        'statExpertsByField',
        <EChart option={barOption(labelled(stats.experts.byField, EXPERT_FIELD_LABELS, language))} />,
      )}
      {card('statCasesByType', <EChart option={barOption(labelled(stats.cases.byType, CASE_TYPE_LABELS, language))} />)}
      {card('statAffairs', <AffairsFigures affairs={stats.affairs} />)}
      {card('statTasks', <EChart option={stackedOption([String(stats.year)], taskStacks)} height={160} />)}
      {card(
        'statFigures',
        <Table
          size="small"
          pagination={false}
          rowKey="key"
          dataSource={FIGURE_KEYS.map((key) => ({ key, value: stats.figures[key] ?? 0 }))}
          columns={[
            { title: t('reportFigures'), render: (_, f) => FIGURES[f.key][language] },
            {
              title: '',
              align: 'right',
              render: (_, f) => `${f.value.toLocaleString(language)} ${FIGURES[f.key].unit}`,
            },
          ]}
        />,
      )}
    </Row>
  );
}

/** Every province for the year, the Ministry's consolidation: registry, cases, associations, task progress. */
function SideBySide({ year }: { year: number }) {
  const { t, language } = useLanguage();
  const provinceName = useProvinceName();
  const rows = useQuery({
    queryKey: ['statistics', 'provinces', year],
    queryFn: () => api('GET /api/statistics/provinces', { query: { year } }),
  });
  const withPlans = (rows.data ?? []).filter((r) => r.tasks.assignments > 0);
  return (
    <Card title={t('statSideBySide')} style={{ marginTop: 16 }}>
      {withPlans.length > 0 && (
        <EChart
          height={Math.max(160, withPlans.length * 32)}
          option={stackedOption(
            withPlans.map((r) => provinceName(r.provinceCode)),
            STANDINGS.map(([standing, color]) => ({
              name: t(`standing_${standing}`),
              color,
              values: withPlans.map((r) => r.tasks[standing]),
            })),
          )}
        />
      )}
      <Table<ProvinceRow>
        rowKey="provinceCode"
        size="small"
        loading={rows.isPending}
        dataSource={rows.data}
        pagination={false}
        columns={[
          { title: t('province'), render: (_, r) => provinceName(r.provinceCode) },
          {
            title: t('statPersons'),
            dataIndex: 'persons',
            sorter: (a, b) => a.persons - b.persons,
            render: (n: number) => n.toLocaleString(language),
          },
          { title: t('statExperts'), dataIndex: 'experts', sorter: (a, b) => a.experts - b.experts },
          { title: t('statOpenCases'), dataIndex: 'openCases', sorter: (a, b) => a.openCases - b.openCases },
          { title: t('statAssociations'), dataIndex: 'associations' },
          {
            title: t('planCompletion'),
            render: (_, r) => (r.tasks.assignments ? `${r.tasks.accepted}/${r.tasks.assignments}` : '—'),
          },
          {
            title: FIGURES.remittances_usd[language],
            render: (_, r) =>
              r.figures.remittances_usd ? `${r.figures.remittances_usd.toLocaleString(language)} USD` : '—',
          },
        ]}
      />
    </Card>
  );
}
