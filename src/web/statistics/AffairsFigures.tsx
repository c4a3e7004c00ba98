import { Card, Table } from 'antd';
import type { ReactNode } from 'react';
import { AGREEMENTS, DELEGATIONS } from '../../domain/registers/affairsRegisters';
import { formatMoney } from '../../domain/registers/money';
import type { RegisterSpec } from '../../domain/registers/registerSpec';
import type { AffairsStatistics, Counts } from '../../domain/statistics/statisticsSchemas';
import { useLanguage } from '../i18n/LanguageProvider';
import type { MessageKey } from '../i18n/messages';
import type { Language } from '../../domain/text/texts';
import { useAffairsStatistics } from './useStatistics';

/** Counts by an enum field of a register, each named by the field's options: "Đã ký 2 · Dự kiến 1". */
function countsText(counts: Counts, spec: RegisterSpec, fieldName: string, language: Language): string {
  const options = spec.fields.find((f) => f.name === fieldName)?.options ?? {};
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const parts = counts.map((c) => `${options[c.code ?? '']?.[language] ?? c.code} ${c.count}`);
  return parts.length ? `${total} (${parts.join(' · ')})` : '0';
}

/** Local foreign affairs of the year in figures: agreements, delegations, investment, events, donations. */
export function AffairsFigures({ affairs }: { affairs: AffairsStatistics }) {
  const { t, language } = useLanguage();
  const n = (value: number) => value.toLocaleString(language);
  const rows: [MessageKey, ReactNode][] = [
    ['statAgreements', countsText(affairs.agreementsByStatus, AGREEMENTS, 'status', language)],
    ['statDelegations', countsText(affairs.delegationsByDirection, DELEGATIONS, 'direction', language)],
    ['statNgoProjects', n(affairs.ngoProjectsOngoing)],
    ['statBusinesses', n(affairs.businesses)],
    ['statInvestmentProjects', n(affairs.investmentProjects)],
    ['statCatalogueOpen', n(affairs.catalogueOpen)],
    ['statEvents', `${n(affairs.events)} (${n(affairs.attended)})`],
    [
      'statDonations',
      affairs.donations
        .map((d) => `${formatMoney({ amount: d.amount, currency: d.currency })} (${d.count})`)
        .join('; ') || '0',
    ],
    ['statCommendations', n(affairs.commendationsGranted)],
  ];
  return (
    <Table
      size="small"
      pagination={false}
      showHeader={false}
      rowKey={([key]) => key}
      dataSource={rows}
      columns={[{ render: (_, [key]) => t(key) }, { align: 'right', render: (_, [, value]) => value }]}
    />
  );
}

/** The dashboard's card: this year's foreign affairs in the user's jurisdiction. */
export function AffairsCard() {
  const { t } = useLanguage();
  const affairs = useAffairsStatistics(new Date().getFullYear());
  return (
    <Card title={t('statAffairs')} loading={affairs.isPending}>
      {affairs.data && <AffairsFigures affairs={affairs.data} />}
    </Card>
  );
}
