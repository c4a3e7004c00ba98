import { z } from 'zod';
import { CONSENT_PURPOSES } from '../consent/consentPurposes';
import { consentStateSchema } from '../consent/consentSchemas';
import { PERSON_CATEGORIES, SEXES } from './categories';

const year = z.coerce.number().int().min(1900).max(2100);

/** Filters, sort and page of the person list. Country and province take a code or any name. */
export const personListQuerySchema = z
  .object({
    q: z.string().trim().max(200).optional(),
    phone: z.string().trim().max(50).optional(),
    document: z.string().trim().max(50).optional(),
    country: z.string().trim().max(100).optional(),
    province: z.string().trim().max(100).optional(),
    /** The 2025 commune of the hometown, by its code. */
    commune: z
      .string()
      .regex(/^\d{5}$/)
      .optional(),
    category: z.enum(PERSON_CATEGORIES).optional(),
    sex: z.enum(SEXES).optional(),
    birthYearFrom: year.optional(),
    birthYearTo: year.optional(),
    expertise: z.string().trim().max(100).optional(),
    sourceProvince: z.string().trim().max(100).optional(),
    /** Persons whose state for this purpose is `consentState` (given when not said). */
    consent: z.enum(CONSENT_PURPOSES).optional(),
    consentState: consentStateSchema.optional(),
    deleted: z.enum(['exclude', 'only']).default('exclude'),
    sort: z.enum(['name', 'updated']).default('name'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(500).optional(),
  })
  .refine((q) => !q.birthYearFrom || !q.birthYearTo || q.birthYearFrom <= q.birthYearTo, {
    message: 'dateRange',
    path: ['birthYearTo'],
  });
export type PersonListQuery = z.infer<typeof personListQuerySchema>;
