import { z } from 'zod';
import { moneySchema } from '../registers/money';
import type { Text } from '../text/texts';

const counts = z.array(z.object({ code: z.string().nullable(), count: z.number().int() }));
export type Counts = z.infer<typeof counts>;

/** Age bands of persons, by the year the statistics are for. */
export const AGE_BANDS = ['under_18', '18_29', '30_44', '45_59', '60_plus', 'unknown'] as const;
export const AGE_BAND_LABELS: Readonly<Record<(typeof AGE_BANDS)[number], Text>> = {
  under_18: { vi: 'Dưới 18', en: 'Under 18' },
  '18_29': { vi: '18–29', en: '18–29' },
  '30_44': { vi: '30–44', en: '30–44' },
  '45_59': { vi: '45–59', en: '45–59' },
  '60_plus': { vi: 'Từ 60', en: '60 and over' },
  unknown: { vi: 'Chưa rõ', en: 'Unknown' },
};

export const taskProgressSchema = z.object({
  assignments: z.number().int(),
  accepted: z.number().int(),
  submitted: z.number().int(),
  returned: z.number().int(),
  pending: z.number().int(),
  overdue: z.number().int(),
});

/** A province's (or, for national users, the country's) figures for a year. */
/** Foreign affairs in figures (local foreign affairs, investment, events, donations, commendations). */
export const affairsStatisticsSchema = z.object({
  agreementsByStatus: counts,
  delegationsByDirection: counts,
  ngoProjectsOngoing: z.number().int(),
  businesses: z.number().int(),
  investmentProjects: z.number().int(),
  catalogueOpen: z.number().int(),
  events: z.number().int(),
  attended: z.number().int(),
  donations: z.array(z.object({ currency: moneySchema.shape.currency, amount: z.number(), count: z.number().int() })),
  commendationsGranted: z.number().int(),
});
export type AffairsStatistics = z.infer<typeof affairsStatisticsSchema>;

export const statisticsSchema = z.object({
  provinceCode: z.string().nullable(),
  year: z.number().int(),
  persons: z.object({
    total: z.number().int(),
    byCountry: counts,
    byProvince: counts,
    byLegacyProvince: counts,
    /** By the 2025 commune of the hometown, where it is known. */
    byCommune: counts,
    byCategory: counts,
    bySex: counts,
    byAgeBand: counts,
    recordedByYear: counts,
  }),
  experts: z.object({ total: z.number().int(), byField: counts }),
  cases: z.object({ byType: counts, byStatus: counts, receivedInYear: z.number().int() }),
  associations: z.object({ byKind: counts, total: z.number().int() }),
  /** Sums of the figures in the accepted reports on the year's plans. */
  figures: z.record(z.string(), z.number()),
  tasks: taskProgressSchema,
  affairs: affairsStatisticsSchema,
});
export type Statistics = z.infer<typeof statisticsSchema>;

/** The provinces side by side, for the Ministry. */
export const provinceRowSchema = z.object({
  provinceCode: z.string(),
  persons: z.number().int(),
  experts: z.number().int(),
  openCases: z.number().int(),
  associations: z.number().int(),
  tasks: taskProgressSchema,
  figures: z.record(z.string(), z.number()),
});
export type ProvinceRow = z.infer<typeof provinceRowSchema>;

export const statisticsQuerySchema = z.object({
  province: z.string().trim().max(100).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
