import { z } from 'zod';
import { optionalText, text } from '../validation/textFields';
import { calendarDate } from '../validation/calendarDate';
import { pageQueryShape } from '../lists/pageQuery';
import { countryCodeSchema } from '../persons/personSchemas';
import { CASE_EVENT_KINDS, CASE_PERSON_ROLES, CASE_STATUSES, CASE_TYPES, URGENCIES } from './caseCategories';

/** A citizen protection case as entered (vụ việc bảo hộ công dân). */
export const caseInputSchema = z.object({
  provinceCode: z.string().nullable().default(null),
  country: countryCodeSchema,
  type: z.enum(CASE_TYPES),
  urgency: z.enum(URGENCIES).default('normal'),
  title: text(300).min(1),
  summary: optionalText(10_000),
  location: optionalText(300),
  occurredOn: calendarDate().nullable().default(null),
  reportedBy: optionalText(300),
  /** The officer handling it; the creator when left out. Only administrators choose another. */
  assignedTo: z.number().int().positive().nullable().optional(),
  /** Persons of the registry concerned, when known at once. */
  persons: z
    .array(z.object({ personId: z.uuid(), role: z.enum(CASE_PERSON_ROLES).default('subject') }))
    .max(50)
    .default([]),
});
export type CaseInput = z.infer<typeof caseInputSchema>;

export const caseUpdateSchema = caseInputSchema
  .omit({ assignedTo: true, persons: true, provinceCode: true })
  .extend({ outcome: optionalText(10_000), version: z.number().int().positive() });
export type CaseUpdate = z.infer<typeof caseUpdateSchema>;

export const statusChangeSchema = z.object({
  status: z.enum(CASE_STATUSES),
  note: optionalText(5000),
  /** What came of it, when resolving. */
  outcome: optionalText(10_000),
  version: z.number().int().positive(),
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

export const assignSchema = z.object({ userId: z.number().int().positive(), version: z.number().int().positive() });

export const casePersonInputSchema = z.object({
  personId: z.uuid(),
  role: z.enum(CASE_PERSON_ROLES).default('subject'),
});

export const taskInputSchema = z.object({ title: text(500).min(1), dueOn: calendarDate().nullable().default(null) });
export const taskUpdateSchema = z.object({ done: z.boolean() });

export const noteInputSchema = z.object({ text: text(10_000).min(1) });

/** Hands a case on: to an agency (it stays ours, they act), the Ministry, or another province (it becomes theirs). */
export const referralSchema = z
  .object({
    to: z.enum(['agency', 'ministry', 'province']),
    agency: optionalText(300),
    provinceCode: z.string().nullable().default(null),
    note: optionalText(5000),
    version: z.number().int().positive(),
  })
  .refine((r) => r.to !== 'agency' || !!r.agency, { message: 'required', path: ['agency'] })
  .refine((r) => r.to !== 'province' || !!r.provinceCode, { message: 'required', path: ['provinceCode'] });
export type Referral = z.infer<typeof referralSchema>;

const userRef = z.object({ id: z.number().int(), name: z.string() }).nullable();

export const caseSummarySchema = z.object({
  id: z.string(),
  code: z.string(),
  /** Who holds the case: a province, or a mission abroad (exactly one). */
  provinceCode: z.string().nullable(),
  mission: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** Whether the user's unit holds it (and may change it); a case referred to it is read only. */
  held: z.boolean(),
  country: z.string(),
  type: z.enum(CASE_TYPES),
  urgency: z.enum(URGENCIES),
  status: z.enum(CASE_STATUSES),
  title: z.string(),
  assignedTo: userRef,
  handledBy: z.string().nullable(),
  escalatedToMinistry: z.boolean(),
  receivedAt: z.string(),
  openTasks: z.number().int(),
  overdueTasks: z.number().int(),
  version: z.number().int(),
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const caseTaskSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  dueOn: z.string().nullable(),
  doneAt: z.string().nullable(),
  doneBy: z.string().nullable(),
  isOverdue: z.boolean(),
});
export type CaseTask = z.infer<typeof caseTaskSchema>;

export const caseEventSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  by: z.string().nullable(),
  kind: z.enum(CASE_EVENT_KINDS),
  details: z.record(z.string(), z.unknown()),
});
export type CaseEvent = z.infer<typeof caseEventSchema>;

export const caseDetailSchema = caseSummarySchema.extend({
  summary: z.string().nullable(),
  location: z.string().nullable(),
  occurredOn: z.string().nullable(),
  reportedBy: z.string().nullable(),
  outcome: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  persons: z.array(
    z.object({
      personId: z.string(),
      fullName: z.string(),
      role: z.enum(CASE_PERSON_ROLES),
      residenceCountry: z.string().nullable(),
    }),
  ),
  tasks: z.array(caseTaskSchema),
  attachments: z.array(
    z.object({
      id: z.number().int(),
      fileName: z.string(),
      size: z.number().int(),
      uploadedAt: z.string(),
      uploadedBy: z.string().nullable(),
    }),
  ),
  timeline: z.array(caseEventSchema),
  /** The statuses it may go to next. */
  nextStatuses: z.array(z.enum(CASE_STATUSES)),
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;

export const caseListQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  status: z.enum(CASE_STATUSES).optional(),
  /** Cases not yet resolved or closed. */
  open: z.enum(['true', 'false']).optional(),
  type: z.enum(CASE_TYPES).optional(),
  urgency: z.enum(URGENCIES).optional(),
  country: z.string().trim().max(100).optional(),
  /** Only cases with a task past its due date. */
  overdue: z.enum(['true', 'false']).optional(),
  ...pageQueryShape,
});
export type CaseListQuery = z.infer<typeof caseListQuerySchema>;

/** A task past its due date, for the dashboard. */
export const overdueTaskSchema = z.object({
  taskId: z.number().int(),
  title: z.string(),
  dueOn: z.string(),
  caseId: z.string(),
  caseCode: z.string(),
  caseTitle: z.string(),
  urgency: z.enum(URGENCIES),
});
export type OverdueTask = z.infer<typeof overdueTaskSchema>;

/** An officer a case may be assigned to. */
export const caseAssigneeSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  provinceCode: z.string().nullable(),
});
