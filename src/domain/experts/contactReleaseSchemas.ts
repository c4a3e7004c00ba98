import { z } from 'zod';
import { pageQueryShape } from '../lists/pageQuery';
import { optionalText } from '../validation/textFields';
import { CONTACT_RELEASE_STATUSES } from './expertSchemas';

/**
 * Đề nghị cung cấp thông tin liên hệ: the poster of a national need asks the expert's province
 * for the expert's contacts; that province approves (the expert agreed to be proposed, checked
 * again) or refuses, saying why.
 */
export const contactReleaseInputSchema = z.object({
  personId: z.uuid(),
  message: optionalText(2000),
});
export type ContactReleaseInput = z.infer<typeof contactReleaseInputSchema>;

export const contactReleaseDecisionSchema = z
  .object({ decision: z.enum(['approve', 'refuse']), note: optionalText(2000) })
  .refine((d) => d.decision !== 'refuse' || !!d.note, { message: 'rejectionNoteRequired', path: ['note'] });
export type ContactReleaseDecision = z.infer<typeof contactReleaseDecisionSchema>;

export const contactReleaseSchema = z.object({
  id: z.number().int(),
  needId: z.string(),
  needTitle: z.string(),
  needAgency: z.string(),
  needProvinceCode: z.string(),
  personId: z.string(),
  expertName: z.string(),
  expertProvinceCode: z.string(),
  message: z.string().nullable(),
  status: z.enum(CONTACT_RELEASE_STATUSES),
  decisionNote: z.string().nullable(),
  requestedAt: z.string(),
  requestedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  /** Whether the user may approve or refuse it: an officer of the expert's province, while pending. */
  mayDecide: z.boolean(),
});
export type ContactRelease = z.infer<typeof contactReleaseSchema>;

export const contactReleaseListQuerySchema = z.object({
  box: z.enum(['received', 'sent', 'all']).default('received'),
  status: z.enum(CONTACT_RELEASE_STATUSES).optional(),
  ...pageQueryShape,
});
export type ContactReleaseListQuery = z.infer<typeof contactReleaseListQuerySchema>;

export const CONTACT_RELEASE_STATUS_LABELS = {
  pending: { vi: 'Chờ tỉnh của chuyên gia duyệt', en: 'Awaiting the expert’s province' },
  approved: { vi: 'Đã cung cấp liên hệ', en: 'Contacts released' },
  refused: { vi: 'Không cung cấp', en: 'Refused' },
} as const;
