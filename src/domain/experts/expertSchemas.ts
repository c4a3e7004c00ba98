import { z } from 'zod';
import { optionalText, text } from '../validation/textFields';
import { calendarDate } from '../validation/calendarDate';
import { pageQueryShape } from '../lists/pageQuery';
import {
  CONTACT_CHANNELS,
  CONTACT_OUTCOMES,
  DEGREES,
  EXPERT_FIELDS,
  EXPERT_LANGUAGES,
  WILLINGNESS,
  type ExpertField,
  type ExpertLanguage,
} from './expertFields';

const fieldCode = z.enum(EXPERT_FIELDS as [ExpertField, ...ExpertField[]]);
const languageCode = z.enum(EXPERT_LANGUAGES as [ExpertLanguage, ...ExpertLanguage[]]);

/** Chuyên gia, trí thức: the expert profile of a person of the registry. */
export const expertProfileInputSchema = z.object({
  degree: z.enum(DEGREES).nullable().default(null),
  fields: z.array(fieldCode).min(1).max(10),
  employer: optionalText(300),
  position: optionalText(200),
  publications: z
    .array(
      z.object({
        title: text(500).min(1),
        url: z.url('urlInvalid').nullable().default(null),
        year: z.number().int().min(1900).max(2100).nullable().default(null),
      }),
    )
    .max(50)
    .default([]),
  languages: z.array(languageCode).max(EXPERT_LANGUAGES.length).default([]),
  willingness: z.array(z.enum(WILLINGNESS)).max(WILLINGNESS.length).default([]),
  notes: optionalText(5000),
  /** The version read, when changing a profile that exists. */
  version: z.number().int().positive().optional(),
});
export type ExpertProfileInput = z.infer<typeof expertProfileInputSchema>;

export const expertProfileSchema = z.object({
  personId: z.string(),
  degree: z.enum(DEGREES).nullable(),
  fields: z.array(z.string()),
  employer: z.string().nullable(),
  position: z.string().nullable(),
  publications: z.array(z.object({ title: z.string(), url: z.string().nullable(), year: z.number().nullable() })),
  languages: z.array(z.string()),
  willingness: z.array(z.enum(WILLINGNESS)),
  notes: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type ExpertProfile = z.infer<typeof expertProfileSchema>;

/** An expert in a list: who, where, and what they offer (no contacts: those are on the person's record). */
export const expertSummarySchema = z.object({
  personId: z.string(),
  fullName: z.string(),
  residenceCountry: z.string().nullable(),
  residenceCity: z.string().nullable(),
  hometownProvinceCode: z.string().nullable(),
  degree: z.enum(DEGREES).nullable(),
  fields: z.array(z.string()),
  employer: z.string().nullable(),
  languages: z.array(z.string()),
  willingness: z.array(z.enum(WILLINGNESS)),
  lastContactedOn: z.string().nullable(),
});
export type ExpertSummary = z.infer<typeof expertSummarySchema>;

export const expertListQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  /** A field or a group: a group takes its specialities. */
  field: fieldCode.optional(),
  language: languageCode.optional(),
  willingness: z.enum(WILLINGNESS).optional(),
  country: z.string().trim().max(100).optional(),
  ...pageQueryShape,
});
export type ExpertListQuery = z.infer<typeof expertListQuerySchema>;

/** Nhu cầu của địa phương: what an agency of the province asks experts for. */
/** Where a need looks for experts: its own province's, or every province's (mạng lưới toàn quốc). */
export const NEED_SCOPES = ['province', 'national'] as const;

export const needInputSchema = z.object({
  provinceCode: z.string().nullable().default(null),
  scope: z.enum(NEED_SCOPES).default('province'),
  agency: text(300).min(1),
  title: text(300).min(1),
  description: optionalText(5000),
  fields: z.array(fieldCode).min(1).max(10),
  languages: z.array(languageCode).max(EXPERT_LANGUAGES.length).default([]),
  willingness: z.array(z.enum(WILLINGNESS)).max(WILLINGNESS.length).default([]),
  deadline: calendarDate().nullable().default(null),
  status: z.enum(['open', 'closed']).default('open'),
  version: z.number().int().positive().optional(),
});
export type NeedInput = z.infer<typeof needInputSchema>;

export const needSchema = z.object({
  id: z.string(),
  provinceCode: z.string(),
  scope: z.enum(NEED_SCOPES),
  agency: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  fields: z.array(z.string()),
  languages: z.array(z.string()),
  willingness: z.array(z.enum(WILLINGNESS)),
  deadline: z.string().nullable(),
  status: z.enum(['open', 'closed']),
  version: z.number().int(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  contacts: z.number().int(),
});
export type Need = z.infer<typeof needSchema>;

export const needListQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  status: z.enum(['open', 'closed']).optional(),
  field: fieldCode.optional(),
  province: z.string().trim().max(100).optional(),
  ...pageQueryShape,
});
export type NeedListQuery = z.infer<typeof needListQuerySchema>;

const matchReasonSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('field'),
    need: z.string(),
    expert: z.string(),
    how: z.enum(['exact', 'within', 'broader', 'related']),
    points: z.number(),
  }),
  z.object({ kind: z.enum(['language', 'willingness']), value: z.string(), points: z.number() }),
]);

/** A request that the expert's province release their contacts for a national need. */
export const CONTACT_RELEASE_STATUSES = ['pending', 'approved', 'refused'] as const;

export const expertMatchSchema = z.object({
  expert: expertSummarySchema,
  score: z.number(),
  reasons: z.array(matchReasonSchema),
  /** For a national need: the release of contacts asked of the expert's province, and the contacts once approved. */
  release: z
    .object({
      id: z.number().int(),
      status: z.enum(CONTACT_RELEASE_STATUSES),
      contact: z.object({ phones: z.array(z.string()), emails: z.array(z.string()) }).nullable(),
    })
    .nullable(),
});
export type ExpertMatch = z.infer<typeof expertMatchSchema>;

/** An outreach to an expert: when, how, what was said and what came of it. */
export const contactInputSchema = z.object({
  needId: z.uuid().nullable().default(null),
  contactedOn: calendarDate(),
  channel: z.enum(CONTACT_CHANNELS),
  summary: text(5000).min(1),
  outcome: z.enum(CONTACT_OUTCOMES).default('pending'),
});
export type ContactInput = z.infer<typeof contactInputSchema>;

export const contactSchema = z.object({
  id: z.number().int(),
  personId: z.string(),
  fullName: z.string(),
  needId: z.string().nullable(),
  needTitle: z.string().nullable(),
  contactedOn: z.string(),
  channel: z.enum(CONTACT_CHANNELS),
  summary: z.string(),
  outcome: z.enum(CONTACT_OUTCOMES),
  createdBy: z.string().nullable(),
});
export type Contact = z.infer<typeof contactSchema>;

/** A stored need as input again (to change it), with the version read. */
export function needInputOf(need: Need): NeedInput {
  return {
    provinceCode: need.provinceCode,
    scope: need.scope,
    agency: need.agency,
    title: need.title,
    description: need.description,
    fields: need.fields as NeedInput['fields'],
    languages: need.languages as NeedInput['languages'],
    willingness: need.willingness,
    deadline: need.deadline,
    status: need.status,
    version: need.version,
  };
}
