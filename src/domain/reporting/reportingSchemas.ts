import { z } from 'zod';
import { text } from '../validation/textFields';
import { FIGURE_KEYS } from '../plans/figures';
import { figureKeySchema, figuresSchema } from '../plans/planSchemas';
import { calendarDate } from '../validation/calendarDate';
import { RESPONSE_EVENT_KINDS, RESPONSE_STATUSES, REVIEW_DECISIONS } from './reportingStatus';

const isoDate = calendarDate();

/** The Ministry's request: its number and title, the year reported on, the template, the provinces asked. */
export const reportingRequestInputSchema = z
  .object({
    number: text(100).min(1),
    title: text(1000).min(1),
    issuedOn: isoDate,
    dueOn: isoDate,
    year: z.number().int().min(2000).max(2100),
    figureKeys: z.array(figureKeySchema).max(FIGURE_KEYS.length).default([]),
    sections: z.array(text(500).min(1)).max(20).default([]),
    /** The provinces asked; every province when empty. */
    provinceCodes: z
      .array(z.string().regex(/^\d{2}$/))
      .max(34)
      .default([]),
  })
  .refine((r) => r.issuedOn <= r.dueOn, { message: 'dateRange', path: ['dueOn'] })
  .refine((r) => r.figureKeys.length + r.sections.length > 0, { message: 'required', path: ['figureKeys'] });
export type ReportingRequestInput = z.infer<typeof reportingRequestInputSchema>;

/** The province's response as it prepares it: the plan carrying its agencies' parts, figures, sections. */
export const responseInputSchema = z.object({
  planId: z.uuid().nullable().default(null),
  figures: figuresSchema.default({}),
  sections: z.array(text(50_000)).max(20).default([]),
  version: z.number().int().positive(),
});
export type ResponseInput = z.infer<typeof responseInputSchema>;

export const versionOnlySchema = z.object({ version: z.number().int().positive() });

export const responseReviewSchema = z
  .object({
    decision: z.enum(REVIEW_DECISIONS),
    comment: text(5000).nullable().default(null),
    version: z.number().int().positive(),
  })
  .refine((r) => r.decision !== 'return' || !!r.comment, { message: 'required', path: ['comment'] });
export type ResponseReview = z.infer<typeof responseReviewSchema>;

/** Un-approving reopens what approval locked: always with the reason, for the record. */
export const unapproveSchema = z.object({ comment: text(5000).min(1), version: z.number().int().positive() });
export type Unapprove = z.infer<typeof unapproveSchema>;

const standing = z.enum([...RESPONSE_STATUSES, 'overdue']);

export const requestProgressSchema = z.object({
  provinces: z.number().int(),
  submitted: z.number().int(),
  approved: z.number().int(),
  returned: z.number().int(),
  overdue: z.number().int(),
  onTime: z.number().int(),
});

export const reportingRequestSchema = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  issuedOn: z.string(),
  dueOn: z.string(),
  year: z.number().int(),
  figureKeys: z.array(figureKeySchema),
  sections: z.array(z.string()),
  progress: requestProgressSchema,
});
export type ReportingRequest = z.infer<typeof reportingRequestSchema>;

export const responseSchema = z.object({
  id: z.string(),
  requestId: z.string(),
  provinceCode: z.string(),
  status: z.enum(RESPONSE_STATUSES),
  standing,
  onTime: z.boolean().nullable(),
  plan: z
    .object({ id: z.string(), number: z.string(), assignments: z.number().int(), accepted: z.number().int() })
    .nullable(),
  figures: z.record(z.string(), z.number()),
  sections: z.array(z.string()),
  submittedAt: z.string().nullable(),
  submittedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  reviewComment: z.string().nullable(),
  version: z.number().int(),
  history: z.array(
    z.object({
      at: z.string(),
      by: z.string().nullable(),
      kind: z.enum(RESPONSE_EVENT_KINDS),
      comment: z.string().nullable(),
    }),
  ),
});
export type Response = z.infer<typeof responseSchema>;

/** A request with the responses the user may see (all for the Ministry, their province's otherwise). */
export const reportingRequestDetailSchema = reportingRequestSchema.extend({ responses: z.array(responseSchema) });
export type ReportingRequestDetail = z.infer<typeof reportingRequestDetailSchema>;

/** What the province's agencies reported and the Sở Ngoại vụ accepted, added up for the request's figures. */
export const consolidationSchema = z.object({
  figures: z.record(z.string(), z.number()),
  assignments: z.number().int(),
  accepted: z.number().int(),
  /** Agencies that have not had every assigned task's report accepted. */
  lagging: z.array(z.object({ agencyName: z.string(), assigned: z.number().int(), accepted: z.number().int() })),
});
export type Consolidation = z.infer<typeof consolidationSchema>;

export const nationalReportQuerySchema = z.object({
  number: text(100).optional(),
  signerName: text(200).optional(),
});
