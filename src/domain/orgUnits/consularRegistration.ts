import { z } from 'zod';
import { CONSENT_PURPOSES } from '../consent/consentPurposes';
import { personInputSchema, personSchema } from '../persons/personSchemas';
import { calendarDate } from '../validation/calendarDate';
import { text } from '../validation/textFields';

/**
 * Đăng ký công dân: a mission registers a Vietnamese citizen residing in its district, from the
 * registration form (tờ khai) they signed, with the consents they gave on it. The record is kept
 * by the home province and checked for duplicates like any other.
 */
export const consularRegistrationSchema = z.object({
  person: personInputSchema,
  /** The form's number in the mission's register: the consents' proof. */
  formNumber: text(100).min(1),
  registeredOn: calendarDate(),
  consents: z
    .array(z.object({ purpose: z.enum(CONSENT_PURPOSES), decision: z.enum(['given', 'refused']) }))
    .max(CONSENT_PURPOSES.length)
    .refine((list) => new Set(list.map((c) => c.purpose)).size === list.length, 'consentPurposeRepeated'),
});
export type ConsularRegistration = z.infer<typeof consularRegistrationSchema>;

export const consularRegistrationResultSchema = z.object({
  personId: z.string(),
  /** Possible duplicates found at once in the registry: the home province reviews them. */
  possibleDuplicates: z.number().int(),
  /** The record as the mission may see it: null when the citizen did not agree to sharing. */
  person: personSchema.nullable(),
});
export type ConsularRegistrationResult = z.infer<typeof consularRegistrationResultSchema>;
