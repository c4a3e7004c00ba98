import { z } from 'zod';
import { calendarDate } from '../validation/calendarDate';
import {
  CONSENT_CHANNELS,
  CONSENT_DECISIONS,
  CONSENT_PURPOSES,
  CONSENT_STATES,
  type ConsentPurpose,
} from './consentPurposes';

export const consentStateSchema = z.enum(CONSENT_STATES);

/** A person's state for each purpose: what every use of the record checks. */
export const consentSummarySchema = z.object({
  registry: consentStateSchema,
  contact: consentStateSchema,
  expert: consentStateSchema,
  sharing: consentStateSchema,
  publication: consentStateSchema,
} satisfies Record<ConsentPurpose, typeof consentStateSchema>);
export type ConsentSummary = z.infer<typeof consentSummarySchema>;

/** One decision as recorded: what proves it. */
export const consentEventSchema = z.object({
  id: z.number().int(),
  purpose: z.enum(CONSENT_PURPOSES),
  decision: z.enum(CONSENT_DECISIONS),
  textVersion: z.string(),
  channel: z.enum(CONSENT_CHANNELS),
  formId: z.number().int().nullable(),
  evidence: z.string().nullable(),
  decidedOn: z.string().nullable(),
  recordedAt: z.string(),
  recordedBy: z.string().nullable(),
});
export type ConsentEvent = z.infer<typeof consentEventSchema>;

export const consentFormSchema = z.object({
  id: z.number().int(),
  fileName: z.string(),
  size: z.number().int(),
  uploadedAt: z.string(),
});

export const personConsentsSchema = z.object({
  summary: consentSummarySchema,
  /** Every decision, the latest first. */
  history: z.array(consentEventSchema),
  forms: z.array(consentFormSchema),
});
export type PersonConsents = z.infer<typeof personConsentsSchema>;

/**
 * Decisions an officer records: a consent given needs the scan of the signed form (uploaded
 * first); a refusal or withdrawal (by letter, phone, in person) a note of how it came.
 */
export const recordConsentsSchema = z
  .object({
    decisions: z
      .array(z.object({ purpose: z.enum(CONSENT_PURPOSES), decision: z.enum(CONSENT_DECISIONS) }))
      .min(1)
      .refine((list) => new Set(list.map((d) => d.purpose)).size === list.length, 'consentPurposeRepeated'),
    formId: z.number().int().positive().nullable().default(null),
    note: z.string().trim().max(1000).nullable().default(null),
    decidedOn: calendarDate(),
  })
  .superRefine((body, ctx) => {
    if (body.decisions.some((d) => d.decision === 'given') && body.formId === null)
      ctx.addIssue({ code: 'custom', path: ['formId'], message: 'consentFormRequired' });
    if (body.decisions.some((d) => d.decision !== 'given') && !body.note)
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'consentNoteRequired' });
  });
export type RecordConsents = z.infer<typeof recordConsentsSchema>;
