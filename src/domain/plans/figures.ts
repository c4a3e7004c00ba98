/**
 * The numbers agencies report with their tasks, added up (from accepted reports) into the
 * province's statistics for the year. Amounts are whole units of the currency named: reports state
 * remittances and capital in dollars, donations in đồng.
 */
export const FIGURES = {
  remittances_usd: { vi: 'Kiều hối về địa phương', en: 'Remittances', unit: 'USD' },
  investment_projects: {
    vi: 'Dự án đầu tư của kiều bào (còn hiệu lực)',
    en: 'Investment projects of overseas Vietnamese',
    unit: 'dự án',
  },
  investment_capital_usd: { vi: 'Vốn đầu tư của kiều bào', en: 'Capital invested by overseas Vietnamese', unit: 'USD' },
  donations_vnd: { vi: 'Kiều bào ủng hộ, tài trợ', en: 'Donations from overseas Vietnamese', unit: 'VNĐ' },
  events_held: {
    vi: 'Sự kiện, hoạt động tổ chức cho kiều bào',
    en: 'Events held for overseas Vietnamese',
    unit: 'sự kiện',
  },
  procedures_handled: {
    vi: 'Hồ sơ thủ tục hành chính của kiều bào đã giải quyết',
    en: 'Administrative procedures handled',
    unit: 'hồ sơ',
  },
} as const satisfies Record<string, { vi: string; en: string; unit: string }>;

export type FigureKey = keyof typeof FIGURES;
export const FIGURE_KEYS = Object.keys(FIGURES) as FigureKey[];

/** The sum of each figure over several reports. */
export function addFigures(reports: readonly Partial<Record<string, number>>[]): Partial<Record<FigureKey, number>> {
  const total: Partial<Record<FigureKey, number>> = {};
  for (const figures of reports) {
    for (const key of FIGURE_KEYS) {
      const value = figures[key];
      if (typeof value === 'number') total[key] = (total[key] ?? 0) + value;
    }
  }
  return total;
}

export const isFigureKey = (key: string): key is FigureKey => Object.hasOwn(FIGURES, key);
