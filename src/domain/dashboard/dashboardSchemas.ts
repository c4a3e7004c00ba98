import { z } from 'zod';

/** Figures for the home page, within the user's jurisdiction. */
export const dashboardSummarySchema = z.object({
  provinceCode: z.string().nullable(),
  activeUsers: z.number().int(),
  /** Audit events since midnight UTC; null for roles that may not read the audit log. */
  auditEventsToday: z.number().int().nullable(),
  failedLoginsToday: z.number().int().nullable(),
});
export type DashboardSummary = z.infer<typeof dashboardSummarySchema>;
