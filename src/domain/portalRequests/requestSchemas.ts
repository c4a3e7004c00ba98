import { z } from 'zod';
import { text } from '../validation/textFields';
import { CASE_TYPES, URGENCIES } from '../cases/caseCategories';
import { CONSENT_PURPOSES } from '../consent/consentPurposes';
import { expertProfileInputSchema } from '../experts/expertSchemas';
import { countryCodeSchema, personInputSchema } from '../persons/personSchemas';
import { CHANGE_FIELDS, proposedFields } from './changeFields';
import { PROCEDURE_TYPES, REQUEST_KINDS, REQUEST_STATUSES } from './requestKinds';

const required = (max: number) => text(max).min(1);
const person = personInputSchema.shape;

/**
 * Phones as the person writes them: read on receipt with the country they live in (a local number
 * abroad is not Vietnamese), see readProposedPhones.
 */
const writtenPhones = z.array(required(50)).max(10);

/** The fields a person may propose, each optional: a field present is a proposal (see changeFields). */
export const changeProposalSchema = z
  .object({
    residenceCountry: person.residenceCountry.unwrap().optional(),
    residenceCity: person.residenceCity.unwrap().optional(),
    addressAbroad: person.addressAbroad.unwrap().optional(),
    phones: writtenPhones.optional(),
    emails: person.emails.unwrap().optional(),
    educationLevel: person.educationLevel.unwrap().optional(),
    occupation: person.occupation.unwrap().optional(),
    expertise: person.expertise.unwrap().optional(),
    relatives: person.relatives.unwrap().min(1).optional(),
  })
  .refine((proposal) => proposedFields(proposal).length > 0, 'changeNothingProposed');

/** Who signs up when no record of theirs is linked: enough to find or make the record. */
export const registrationSchema = personInputSchema
  .pick({
    fullName: true,
    sex: true,
    birthDate: true,
    residenceCountry: true,
    residenceCity: true,
    addressAbroad: true,
    hometownText: true,
    hometownProvinceCode: true,
  })
  .extend({ phones: writtenPhones.default([]) });

/** The uses a person restricts or objects to (keeping the record itself is for deletion). */
const restrictablePurposes = z
  .array(z.enum(CONSENT_PURPOSES.filter((p) => p !== 'registry')))
  .min(1)
  .max(CONSENT_PURPOSES.length);

/** The person ticks the purpose's text (consentTexts): agreeing is their act, recorded once the officer accepts. */
const agreed = z.literal(true, { message: 'consentRequired' });

/** What the portal sends, by kind. */
export const requestInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('change'), changes: changeProposalSchema, note: text(2000).nullable().default(null) }),
  z.object({ kind: z.literal('registration'), person: registrationSchema, agreeRegistry: agreed }),
  z.object({ kind: z.literal('deletion'), reason: text(2000).nullable().default(null) }),
  z.object({ kind: z.enum(['restriction', 'objection']), purposes: restrictablePurposes, reason: required(2000) }),
  z.object({
    kind: z.literal('expertise'),
    profile: expertProfileInputSchema.omit({ version: true }),
    agreeExpert: agreed,
  }),
  z.object({
    kind: z.literal('procedure'),
    procedureType: z.enum(PROCEDURE_TYPES),
    subject: required(300),
    description: required(5000),
  }),
  z.object({
    kind: z.literal('protection'),
    country: countryCodeSchema,
    caseType: z.enum(CASE_TYPES),
    urgency: z.enum(URGENCIES).default('normal'),
    title: required(300),
    summary: required(10_000),
    location: text(300).nullable().default(null),
  }),
]);
export type RequestInput = z.infer<typeof requestInputSchema>;

const reason = text(2000).nullable().default(null);
const version = z.number().int().positive();

/** An officer's decision on one proposed field: accepted, or rejected with a reason. */
const fieldDecisionSchema = z
  .object({ accept: z.boolean(), reason })
  .refine((d) => d.accept || !!d.reason, { message: 'reasonRequired', path: ['reason'] });

const withReasonOnRefusal = <T extends { accept: boolean; reason: string | null }>(d: T) => d.accept || !!d.reason;

/** How an officer settles a request, by its kind (the kind sent must be the request's). */
export const requestDecisionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('change'), fields: z.partialRecord(z.enum(CHANGE_FIELDS), fieldDecisionSchema), version }),
  z
    .object({
      kind: z.literal('registration'),
      action: z.enum(['link', 'create', 'reject']),
      personId: z.uuid().nullable().default(null),
      reason,
      version,
    })
    .refine((d) => d.action !== 'link' || d.personId, { message: 'required', path: ['personId'] })
    .refine((d) => d.action !== 'reject' || d.reason, { message: 'reasonRequired', path: ['reason'] }),
  z
    .object({
      kind: z.enum(['deletion', 'restriction', 'objection', 'expertise', 'protection']),
      accept: z.boolean(),
      reason,
      version,
    })
    .refine(withReasonOnRefusal, { message: 'reasonRequired', path: ['reason'] }),
  z
    .object({ kind: z.literal('procedure'), status: z.enum(['in_progress', 'accepted', 'rejected']), reason, version })
    .refine((d) => d.status !== 'rejected' || d.reason, { message: 'reasonRequired', path: ['reason'] }),
]);
export type RequestDecisionInput = z.infer<typeof requestDecisionSchema>;

/** What was decided, as kept with the request. */
export interface StoredDecision {
  reason: string | null;
  fields?: Partial<Record<(typeof CHANGE_FIELDS)[number], { accept: boolean; reason: string | null }>>;
  action?: 'link' | 'create' | 'reject';
}

export const messageInputSchema = z.object({ body: required(5000) });

/**
 * One line of a request as both sides read it: a proposed field with the value recorded and the
 * value proposed and, once decided, whether it was accepted and why not; or one detail of another kind.
 */
export const requestLineSchema = z.object({
  field: z.string(),
  current: z.string().nullable(),
  proposed: z.string(),
  accepted: z.boolean().nullable(),
  reason: z.string().nullable(),
});
export type RequestLine = z.infer<typeof requestLineSchema>;

export const requestMessageSchema = z.object({
  author: z.enum(['person', 'officer']),
  body: z.string(),
  createdAt: z.string(),
});

const requestBase = {
  id: z.string(),
  reference: z.string(),
  kind: z.enum(REQUEST_KINDS),
  status: z.enum(REQUEST_STATUSES),
  receivedAt: z.string(),
  dueOn: z.string(),
  overdue: z.boolean(),
  decidedAt: z.string().nullable(),
  /** The officer's reason for the whole request (a refusal, a note on the outcome). */
  reason: z.string().nullable(),
  lines: z.array(requestLineSchema),
  messages: z.array(requestMessageSchema),
  /** The protection case opened from it, by its number. */
  caseCode: z.string().nullable(),
};

/** A request as the person sees it on the portal. */
export const myRequestSchema = z.object(requestBase);
export type MyRequest = z.infer<typeof myRequestSchema>;

/** A request in the officers' queue. */
export const requestSummarySchema = z.object({
  id: z.string(),
  reference: z.string(),
  kind: z.enum(REQUEST_KINDS),
  status: z.enum(REQUEST_STATUSES),
  personId: z.string().nullable(),
  name: z.string(),
  provinceCode: z.string().nullable(),
  receivedAt: z.string(),
  dueOn: z.string(),
  overdue: z.boolean(),
});
export type RequestSummary = z.infer<typeof requestSummarySchema>;

export const requestListQuerySchema = z.object({
  status: z.enum(['pending', 'settled', 'all']).default('pending'),
  kind: z.enum(REQUEST_KINDS).optional(),
  overdue: z.coerce.boolean().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type RequestListQuery = z.infer<typeof requestListQuerySchema>;

export const requestPageSchema = z.object({
  items: z.array(requestSummarySchema),
  total: z.number().int(),
  overdue: z.number().int(),
});

/** A registry record a registration may be (same name), and whether it surely is. */
export const registrationCandidateSchema = z.object({
  personId: z.string(),
  fullName: z.string(),
  birthYear: z.number().nullable(),
  hometownProvinceCode: z.string().nullable(),
  residenceCountry: z.string().nullable(),
  sure: z.boolean(),
});

/** A request as an officer handles it (the read audited). */
export const requestDetailSchema = requestSummarySchema.extend({
  ...requestBase,
  email: z.string(),
  version: z.number().int(),
  candidates: z.array(registrationCandidateSchema),
});
export type RequestDetail = z.infer<typeof requestDetailSchema>;
