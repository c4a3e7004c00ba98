import { z } from 'zod';
import { optionalText, text } from '../validation/textFields';
import { calendarDate } from '../validation/calendarDate';
import { findCountry } from '../reference/countries';
import { findProvince } from '../reference/resolveProvince';
import { consentSummarySchema } from '../consent/consentSchemas';
import { IDENTITY_DOCUMENT_TYPES, PERSON_CATEGORIES, SEXES } from './categories';
import { checkPartialDate } from './partialDate';
import { toE164 } from './phone';

export const countryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => findCountry(code) !== undefined, 'unknownCountry');

export const provinceCodeSchema = z.string().refine((code) => findProvince(code) !== undefined, 'unknownProvince');

export const partialDateSchema = z
  .object({
    year: z.number().int(),
    month: z.number().int().optional(),
    day: z.number().int().optional(),
  })
  .superRefine((date, ctx) => {
    const problem = checkPartialDate(date);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** A phone in any common form, stored as E.164. */
export const phoneSchema = z.string().transform((value, ctx) => {
  const e164 = toE164(value);
  if (!e164) ctx.addIssue({ code: 'custom', message: 'phoneInvalid' });
  return e164 ?? value;
});

export const aliasSchema = z.object({
  name: text(200).min(1),
  kind: z.enum(['married', 'english', 'religious', 'other']).default('other'),
});

export const identityDocumentInputSchema = z.object({
  type: z.enum(IDENTITY_DOCUMENT_TYPES),
  number: text(50)
    .min(3)
    .transform((n) => n.replace(/\s+/g, '').toUpperCase()),
  issuingCountry: countryCodeSchema,
});

export const relativeInputSchema = z.object({
  /** An existing relative (thân nhân) to link, shared with the persons already linked to them; else a new one. */
  relativeId: z.uuid().nullable().default(null),
  fullName: text(200).min(1),
  relationship: text(50).min(1),
  phone: phoneSchema.nullable().default(null),
  address: optionalText(500),
  provinceCode: provinceCodeSchema.nullable().default(null),
});

const isoDate = calendarDate();

/** What a user enters for a person; the server adds ids, normalised forms and bookkeeping. */
export const personInputSchema = z.object({
  fullName: text(200).min(1),
  aliases: z.array(aliasSchema).max(20).default([]),
  sex: z.enum(SEXES).nullable().default(null),
  birthDate: partialDateSchema.nullable().default(null),
  nationalities: z.array(countryCodeSchema).max(5).default([]),
  residenceCountry: countryCodeSchema.nullable().default(null),
  residenceCity: optionalText(200),
  addressAbroad: optionalText(500),
  /** The hometown as written (quê quán); its province is resolved from it unless given. */
  hometownText: optionalText(500),
  hometownProvinceCode: provinceCodeSchema.nullable().default(null),
  /** The 2025 commune of the hometown, as the officer chose it (else resolved from the text). */
  hometownCommuneCode: z
    .string()
    .regex(/^\d{5}$/, { message: 'communeUnknown' })
    .nullable()
    .default(null),
  categories: z.array(z.enum(PERSON_CATEGORIES)).max(PERSON_CATEGORIES.length).default([]),
  educationLevel: optionalText(100),
  occupation: optionalText(200),
  expertise: z.array(text(100).min(1)).max(20).default([]),
  phones: z.array(phoneSchema).max(10).default([]),
  emails: z.array(z.email('emailInvalid').trim().toLowerCase()).max(10).default([]),
  identityDocuments: z.array(identityDocumentInputSchema).max(10).default([]),
  relatives: z.array(relativeInputSchema).max(50).default([]),
  notes: optionalText(5000),
  sourceProvinceCode: provinceCodeSchema.nullable().default(null),
  sourceAgency: optionalText(200),
  sourceAssociation: optionalText(200),
  /** The association's record (its name becomes sourceAssociation). */
  sourceAssociationId: z.uuid().nullable().default(null),
  sourceDate: isoDate.nullable().default(null),
});
export type PersonInput = z.infer<typeof personInputSchema>;

export const personUpdateSchema = personInputSchema.extend({ version: z.number().int().positive() });
export type PersonUpdate = z.infer<typeof personUpdateSchema>;

// Output schemas are plain (no transforms): the server serialises stored values through them.
const nullableString = z.string().nullable();

export const identityDocumentSchema = z.object({
  type: z.enum(IDENTITY_DOCUMENT_TYPES),
  /** The full number for roles allowed to see it, else masked (••••1234). */
  number: z.string(),
  isMasked: z.boolean(),
  issuingCountry: z.string(),
});

export const relativeSchema = z.object({
  /** The relative's own record (several persons may share it). */
  id: z.string(),
  fullName: z.string(),
  relationship: z.string(),
  phone: nullableString,
  address: nullableString,
  provinceCode: nullableString,
  /** The 2025 commune of the address, when it names one. */
  communeCode: nullableString,
});

const storedPartialDate = z.object({ year: z.number(), month: z.number().optional(), day: z.number().optional() });

export const personSchema = z.object({
  id: z.string(),
  fullName: z.string(),
  aliases: z.array(z.object({ name: z.string(), kind: aliasSchema.shape.kind.unwrap() })),
  sex: z.enum(SEXES).nullable(),
  birthDate: storedPartialDate.nullable(),
  nationalities: z.array(z.string()),
  residenceCountry: nullableString,
  residenceCity: nullableString,
  addressAbroad: nullableString,
  hometownText: nullableString,
  hometownProvinceCode: nullableString,
  hometownLegacyProvinceCode: nullableString,
  hometownCommuneCode: nullableString,
  /** The 2025 communes an old, split commune of the hometown went to, until one is chosen. */
  hometownCommuneCandidates: z.array(z.string()),
  categories: z.array(z.enum(PERSON_CATEGORIES)),
  educationLevel: nullableString,
  occupation: nullableString,
  expertise: z.array(z.string()),
  phones: z.array(z.string()),
  emails: z.array(z.string()),
  identityDocuments: z.array(identityDocumentSchema),
  relatives: z.array(relativeSchema),
  notes: nullableString,
  sourceProvinceCode: nullableString,
  sourceAgency: nullableString,
  sourceAssociation: nullableString,
  sourceAssociationId: nullableString,
  sourceDate: nullableString,
  /** Consent per purpose, recorded apart from the record's fields (src/server/consent). */
  consents: consentSummarySchema,
  version: z.number().int(),
  createdAt: z.string(),
  createdBy: nullableString,
  updatedAt: z.string(),
  updatedBy: nullableString,
  deletedAt: nullableString,
});
export type Person = z.infer<typeof personSchema>;

export const personSummarySchema = z.object({
  id: z.string(),
  fullName: z.string(),
  aliases: z.array(z.string()),
  sex: z.enum(SEXES).nullable(),
  birthDate: storedPartialDate.nullable(),
  residenceCountry: nullableString,
  residenceCity: nullableString,
  hometownProvinceCode: nullableString,
  categories: z.array(z.enum(PERSON_CATEGORIES)),
  sourceProvinceCode: nullableString,
  updatedAt: z.string(),
});
export type PersonSummary = z.infer<typeof personSummarySchema>;

/** A keyset page of the persons list; the total is estimated when counting would be slow. */
export const personPageSchema = z.object({
  items: z.array(personSummarySchema),
  nextCursor: z.string().nullable(),
  total: z.number().int().nullable(),
  totalIsEstimate: z.boolean(),
});

const countsSchema = z.array(z.object({ code: z.string().nullable(), count: z.number().int() }));
/** Persons by country of residence and by hometown province. */
export const personStatsSchema = z.object({ byCountry: countsSchema, byProvince: countsSchema });
