import { z } from 'zod';
import { calendarDate } from '../validation/calendarDate';
import { pageQueryShape } from '../lists/pageQuery';
import { optionalText, text } from '../validation/textFields';

/**
 * Chuyển tuyến: a mission abroad refers a protection case or a returnee to the home province, or a
 * province refers a case to the mission of the country (Primero's referral model). The receiver
 * accepts or rejects it, with a reason, then records the outcome; the person's consent to sharing
 * is checked when it is sent and when it is accepted, and the consent relied on is kept.
 */
export const REFERRAL_SUBJECTS = ['case', 'returnee'] as const;
export const REFERRAL_STATUSES = ['pending', 'accepted', 'rejected', 'completed'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const referralInputSchema = z
  .object({
    subject: z.enum(REFERRAL_SUBJECTS),
    /** The case referred (subject 'case'). */
    caseId: z.uuid().nullable().default(null),
    /** The person referred: a subject of the case, or the returnee. */
    personId: z.uuid(),
    toProvinceCode: z.string().nullable().default(null),
    toMissionId: z.uuid().nullable().default(null),
    reason: text(5000).min(1),
    /** When the returnee came (or comes) home, as the mission knows it. */
    returnedOn: calendarDate().nullable().default(null),
  })
  .refine((r) => (r.toProvinceCode === null) !== (r.toMissionId === null), {
    message: 'referralTarget',
    path: ['toProvinceCode'],
  })
  .refine((r) => r.subject !== 'case' || r.caseId !== null, { message: 'required', path: ['caseId'] })
  .refine((r) => r.subject !== 'returnee' || r.returnedOn !== null, { message: 'required', path: ['returnedOn'] });
export type ReferralInput = z.infer<typeof referralInputSchema>;

export const referralDecisionSchema = z
  .object({
    decision: z.enum(['accept', 'reject']),
    note: optionalText(5000),
    version: z.number().int().positive(),
  })
  .refine((d) => d.decision !== 'reject' || !!d.note, { message: 'rejectionNoteRequired', path: ['note'] });
export type ReferralDecision = z.infer<typeof referralDecisionSchema>;

export const referralOutcomeSchema = z.object({
  outcome: text(5000).min(1),
  version: z.number().int().positive(),
});
export type ReferralOutcome = z.infer<typeof referralOutcomeSchema>;

/** One end of a referral: a province or a mission. */
const unitSchema = z.object({ kind: z.enum(['province', 'mission']), id: z.string(), name: z.string() });
export type ReferralUnit = z.infer<typeof unitSchema>;

export const referralSchema = z.object({
  id: z.string(),
  code: z.string(),
  subject: z.enum(REFERRAL_SUBJECTS),
  caseId: z.string().nullable(),
  caseCode: z.string().nullable(),
  personId: z.string(),
  personName: z.string(),
  from: unitSchema,
  to: unitSchema,
  reason: z.string(),
  returnedOn: z.string().nullable(),
  status: z.enum(REFERRAL_STATUSES),
  /** The consent to sharing relied on: when and how it was given. */
  consent: z.object({ id: z.number().int(), decidedOn: z.string().nullable(), channel: z.string() }),
  decisionNote: z.string().nullable(),
  outcome: z.string().nullable(),
  returneeId: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  completedAt: z.string().nullable(),
  version: z.number().int(),
  /** Whether the user may accept or reject it (the receiver's managers, while pending) or record its outcome. */
  mayDecide: z.boolean(),
  mayComplete: z.boolean(),
});
export type Referral = z.infer<typeof referralSchema>;

export const referralListQuerySchema = z.object({
  /** Received by my unit, sent by it, or both. */
  box: z.enum(['received', 'sent', 'all']).default('all'),
  status: z.enum(REFERRAL_STATUSES).optional(),
  ...pageQueryShape,
});
export type ReferralListQuery = z.infer<typeof referralListQuerySchema>;

export const REFERRAL_STATUS_LABELS = {
  pending: { vi: 'Chờ tiếp nhận', en: 'Pending' },
  accepted: { vi: 'Đã tiếp nhận', en: 'Accepted' },
  rejected: { vi: 'Từ chối', en: 'Rejected' },
  completed: { vi: 'Đã có kết quả', en: 'Completed' },
} as const;
