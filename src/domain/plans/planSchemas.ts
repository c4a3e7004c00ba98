import { z } from 'zod';
import { text } from '../validation/textFields';
import { calendarDate } from '../validation/calendarDate';
import { FIGURE_KEYS, type FigureKey } from './figures';
import { PROGRESS, REPORT_EVENT_KINDS, REPORT_STATUSES } from './planCategories';

const isoDate = calendarDate();

/** Cơ quan, đơn vị. */
export const agencyInputSchema = z.object({
  /** The province whose agency it is; null for a national body (national administrators only). */
  provinceCode: z.string().nullable().default(null),
  name: text(300).min(1),
  shortName: text(50).nullable().default(null),
  isCoordinator: z.boolean().default(false),
  isActive: z.boolean().default(true),
});
export type AgencyInput = z.infer<typeof agencyInputSchema>;

export const agencySchema = z.object({
  id: z.string(),
  provinceCode: z.string().nullable(),
  name: z.string(),
  shortName: z.string().nullable(),
  isCoordinator: z.boolean(),
  isActive: z.boolean(),
  /** Where a merged agency's work went, and since when (sắp xếp tổ chức bộ máy). */
  successorId: z.string().nullable(),
  dissolvedOn: z.string().nullable(),
});
export type Agency = z.infer<typeof agencySchema>;

export const taskInputSchema = z.object({
  /** An existing task (kept, with its reports) when changing a plan; new ones have none. */
  id: z.uuid().optional(),
  content: text(5000).min(1),
  leadAgencyId: z.uuid(),
  partnerAgencyIds: z.array(z.uuid()).max(30).default([]),
  indicators: text(2000).nullable().default(null),
  dueOn: isoDate.nullable().default(null),
});
export type TaskInput = z.infer<typeof taskInputSchema>;

/** Kế hoạch: number, date, issuer, title, legal bases, the year it covers, when agencies report, tasks. */
export const planInputSchema = z
  .object({
    provinceCode: z.string().nullable().default(null),
    number: text(100).min(1),
    issuedOn: isoDate,
    issuer: text(300).min(1),
    title: text(1000).min(1),
    legalBases: z.array(text(1000).min(1)).max(50).default([]),
    /** I. Mục đích, yêu cầu. */
    purposes: z.array(text(5000).min(1)).max(50).default([]),
    /** II. Nhiệm vụ cụ thể: what every body does; the assignments (III) are the tasks. */
    duties: z.array(text(10_000).min(1)).max(100).default([]),
    year: z.number().int().min(2000).max(2100),
    reportDueOn: isoDate,
    tasks: z.array(taskInputSchema).max(200).default([]),
    version: z.number().int().positive().optional(),
  })
  .refine((p) => p.issuedOn <= p.reportDueOn, { message: 'dateRange', path: ['reportDueOn'] });
export type PlanInput = z.infer<typeof planInputSchema>;

export const copyPlanSchema = z.object({
  number: text(100).min(1),
  issuedOn: isoDate,
  year: z.number().int().min(2000).max(2100),
  reportDueOn: isoDate,
});

/** The figures of a report (or a province's response), by key: whole, non-negative. */
export const figureKeySchema = z.enum(FIGURE_KEYS as [FigureKey, ...FigureKey[]]);
export const figuresSchema = z.partialRecord(figureKeySchema, z.number().int().min(0).max(Number.MAX_SAFE_INTEGER));

/** What an agency reports on a task; `submit` sends it for review (else it stays a draft). */
export const reportInputSchema = z.object({
  progress: z.enum(PROGRESS),
  content: text(20_000).min(1),
  figures: figuresSchema.default({}),
  submit: z.boolean().default(false),
  version: z.number().int().positive().optional(),
});
export type ReportInput = z.infer<typeof reportInputSchema>;

export const reviewSchema = z
  .object({
    decision: z.enum(['accept', 'return']),
    comment: text(5000).nullable().default(null),
    version: z.number().int().positive(),
  })
  .refine((r) => r.decision === 'accept' || !!r.comment, { message: 'required', path: ['comment'] });
export type Review = z.infer<typeof reviewSchema>;

export const reportSchema = z.object({
  id: z.string(),
  taskId: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  status: z.enum(REPORT_STATUSES),
  progress: z.enum(PROGRESS),
  content: z.string(),
  figures: z.record(z.string(), z.number()),
  submittedAt: z.string().nullable(),
  submittedBy: z.string().nullable(),
  isLate: z.boolean(),
  reviewedAt: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  reviewComment: z.string().nullable(),
  version: z.number().int(),
  attachments: z.array(z.object({ id: z.number().int(), fileName: z.string(), size: z.number().int() })),
  history: z.array(
    z.object({
      at: z.string(),
      by: z.string().nullable(),
      kind: z.enum(REPORT_EVENT_KINDS),
      comment: z.string().nullable(),
    }),
  ),
});
export type Report = z.infer<typeof reportSchema>;

const standing = z.enum(['accepted', 'submitted', 'returned', 'pending', 'overdue']);

/** A task, with each assigned agency's standing and (when the user may see it) report. */
export const planTaskSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  content: z.string(),
  leadAgency: agencySchema.pick({ id: true, name: true }),
  partnerAgencies: z.array(agencySchema.pick({ id: true, name: true })),
  indicators: z.string().nullable(),
  dueOn: z.string().nullable(),
  reportDueOn: z.string(),
  agencies: z.array(
    z.object({
      agencyId: z.string(),
      agencyName: z.string(),
      role: z.enum(['lead', 'partner']),
      standing,
      report: reportSchema.nullable(),
    }),
  ),
});
export type PlanTask = z.infer<typeof planTaskSchema>;

export const planSummarySchema = z.object({
  id: z.string(),
  provinceCode: z.string(),
  number: z.string(),
  issuedOn: z.string(),
  issuer: z.string(),
  title: z.string(),
  year: z.number().int(),
  reportDueOn: z.string(),
  tasks: z.number().int(),
  /** Of the (task, agency) assignments, how many have an accepted report. */
  assignments: z.number().int(),
  accepted: z.number().int(),
});
export type PlanSummary = z.infer<typeof planSummarySchema>;

export const completenessSchema = z.object({
  agencyId: z.string(),
  agencyName: z.string(),
  assigned: z.number().int(),
  accepted: z.number().int(),
  submitted: z.number().int(),
  returned: z.number().int(),
  pending: z.number().int(),
  overdue: z.number().int(),
  completeness: z.number(),
});

export const planSchema = planSummarySchema.extend({
  legalBases: z.array(z.string()),
  purposes: z.array(z.string()),
  duties: z.array(z.string()),
  copiedFrom: z.string().nullable(),
  version: z.number().int(),
  taskList: z.array(planTaskSchema),
  completeness: z.array(completenessSchema),
});
export type Plan = z.infer<typeof planSchema>;

/** A task assigned to my agency, across plans (the agency's own list). */
export const myTaskSchema = z.object({
  planId: z.string(),
  planNumber: z.string(),
  planYear: z.number().int(),
  taskId: z.string(),
  content: z.string(),
  role: z.enum(['lead', 'partner']),
  reportDueOn: z.string(),
  standing,
  reportId: z.string().nullable(),
});
export type MyTask = z.infer<typeof myTaskSchema>;

export const reminderSchema = z.object({
  id: z.number().int(),
  planId: z.string(),
  planNumber: z.string(),
  tasks: z.number().int(),
  message: z.string().nullable(),
  sentAt: z.string(),
  sentBy: z.string().nullable(),
});

/** The plans' list: a province (national users) and a year. */
export const planListQuerySchema = z.object({
  province: z.string().optional(),
  year: z.coerce.number().int().optional(),
});

/** A reminder to the agencies that have not reported, with an optional message. */
export const reminderRequestSchema = z.object({ message: z.string().trim().max(2000).nullable().default(null) });
/** The agencies a reminder went to, and how many of their tasks are unreported. */
export const remindedAgenciesSchema = z.array(
  z.object({ agencyId: z.string(), agencyName: z.string(), tasks: z.number().int() }),
);

/** The consolidated report's number and signer, as the document shows them. */
export const annualReportQuerySchema = z.object({
  number: z.string().trim().max(100).optional(),
  signer: z.string().trim().max(200).optional(),
});
