import { z } from 'zod';
import { optionalText } from '../validation/textFields';
import { calendarDate } from '../validation/calendarDate';
import { pageQueryShape } from '../lists/pageQuery';
import { countryCodeSchema } from '../persons/personSchemas';
import type { Text } from '../text/texts';

/** Why a person came back (người hồi hương). */
export const RETURN_REASONS = ['voluntary', 'contract_end', 'deported', 'protection_case', 'other'] as const;
export const RETURN_REASON_LABELS: Readonly<Record<(typeof RETURN_REASONS)[number], Text>> = {
  voluntary: { vi: 'Tự nguyện về nước', en: 'Voluntary return' },
  contract_end: { vi: 'Hết hợp đồng lao động, học tập', en: 'End of a contract or studies' },
  deported: { vi: 'Bị trục xuất, buộc về nước', en: 'Deported' },
  protection_case: { vi: 'Được bảo hộ, đưa về nước', en: 'Brought back under protection' },
  other: { vi: 'Khác', en: 'Other' },
};

/** The support a returnee was given. */
export const SUPPORT_KINDS = [
  'documents',
  'residence_registration',
  'job',
  'vocational_training',
  'health',
  'housing',
  'financial',
  'legal',
  'other',
] as const;
export const SUPPORT_KIND_LABELS: Readonly<Record<(typeof SUPPORT_KINDS)[number], Text>> = {
  documents: { vi: 'Giấy tờ tùy thân', en: 'Identity documents' },
  residence_registration: { vi: 'Đăng ký cư trú', en: 'Residence registration' },
  job: { vi: 'Giới thiệu việc làm', en: 'Job placement' },
  vocational_training: { vi: 'Đào tạo nghề', en: 'Vocational training' },
  health: { vi: 'Y tế', en: 'Health care' },
  housing: { vi: 'Nhà ở', en: 'Housing' },
  financial: { vi: 'Trợ cấp, vay vốn', en: 'Allowance or loan' },
  legal: { vi: 'Trợ giúp pháp lý', en: 'Legal aid' },
  other: { vi: 'Khác', en: 'Other' },
};

export const returneeInputSchema = z.object({
  personId: z.uuid(),
  provinceCode: z.string().nullable().default(null),
  returnedOn: calendarDate(),
  fromCountry: countryCodeSchema.nullable().default(null),
  reason: z.enum(RETURN_REASONS),
  caseId: z.uuid().nullable().default(null),
  status: z.enum(['following', 'closed']).default('following'),
  notes: optionalText(5000),
  version: z.number().int().positive().optional(),
});
export type ReturneeInput = z.infer<typeof returneeInputSchema>;

export const supportInputSchema = z.object({
  kind: z.enum(SUPPORT_KINDS),
  givenOn: calendarDate(),
  agency: optionalText(300),
  note: optionalText(2000),
});
export type SupportInput = z.infer<typeof supportInputSchema>;

export const followUpInputSchema = z.object({ dueOn: calendarDate(), note: optionalText(2000) });
export const followUpDoneSchema = z.object({ doneOn: calendarDate().nullable(), note: optionalText(2000) });

export const returneeSummarySchema = z.object({
  id: z.string(),
  personId: z.string(),
  fullName: z.string(),
  provinceCode: z.string(),
  returnedOn: z.string(),
  fromCountry: z.string().nullable(),
  reason: z.enum(RETURN_REASONS),
  status: z.enum(['following', 'closed']),
  supports: z.number().int(),
  /** The next follow-up not yet done, and whether it is past. */
  nextFollowUp: z.string().nullable(),
  isFollowUpOverdue: z.boolean(),
});
export type ReturneeSummary = z.infer<typeof returneeSummarySchema>;

export const returneeSchema = returneeSummarySchema.extend({
  caseId: z.string().nullable(),
  notes: z.string().nullable(),
  version: z.number().int(),
  supportList: z.array(
    z.object({
      id: z.number().int(),
      kind: z.enum(SUPPORT_KINDS),
      givenOn: z.string(),
      agency: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
  followUps: z.array(
    z.object({ id: z.number().int(), dueOn: z.string(), doneOn: z.string().nullable(), note: z.string().nullable() }),
  ),
});
export type Returnee = z.infer<typeof returneeSchema>;

export const returneeListQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  status: z.enum(['following', 'closed']).optional(),
  reason: z.enum(RETURN_REASONS).optional(),
  /** Only those with a follow-up past its date. */
  overdue: z.enum(['true', 'false']).optional(),
  personId: z.uuid().optional(),
  ...pageQueryShape,
});
export type ReturneeListQuery = z.infer<typeof returneeListQuerySchema>;
