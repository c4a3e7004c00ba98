import { z } from 'zod';
import { optionalText, text } from '../validation/textFields';
import { calendarDate } from '../validation/calendarDate';
import { pageQueryShape } from '../lists/pageQuery';
import { countryCodeSchema, phoneSchema, provinceCodeSchema } from '../persons/personSchemas';
import { ASSOCIATION_FIELDS, ASSOCIATION_KINDS, MEMBER_ROLES } from './categories';

const isoDate = calendarDate().nullable().default(null);

export const leaderSchema = z.object({
  name: text(200).min(1),
  title: text(100).min(1),
  phone: phoneSchema.nullable().default(null),
  email: z.email('emailInvalid').trim().toLowerCase().nullable().default(null),
});
/** A member of the board (ban chấp hành) as stored on the association. */
export type AssociationLeader = z.output<typeof leaderSchema>;

const associationFields = z.object({
  kind: z.enum(ASSOCIATION_KINDS),
  name: text(300).min(1),
  /** The province that keeps the record; a province user's own when left out. */
  provinceCode: provinceCodeSchema.nullable().default(null),
  country: countryCodeSchema.nullable().default(null),
  city: optionalText(200),
  fields: z.array(z.enum(ASSOCIATION_FIELDS)).max(ASSOCIATION_FIELDS.length).default([]),
  foundedOn: isoDate,
  description: optionalText(5000),
  address: optionalText(500),
  phones: z.array(phoneSchema).max(10).default([]),
  emails: z.array(z.email('emailInvalid').trim().toLowerCase()).max(10).default([]),
  website: optionalText(300),
  leaders: z.array(leaderSchema).max(30).default([]),
  status: z.enum(['active', 'inactive']).default('active'),
});

/** An association abroad is somewhere: its country is required. */
const hasCountry = (a: { kind: string; country: string | null }) => a.kind === 'relatives' || a.country !== null;
const countryRequired = { message: 'required', path: ['country'] };

/** Hội thân nhân or hội đoàn, as entered. */
export const associationInputSchema = associationFields.refine(hasCountry, countryRequired);
export type AssociationInput = z.infer<typeof associationInputSchema>;

export const associationUpdateSchema = associationFields
  .extend({ version: z.number().int().positive() })
  .refine(hasCountry, countryRequired);
export type AssociationUpdate = z.infer<typeof associationUpdateSchema>;

export const associationSummarySchema = z.object({
  id: z.string(),
  kind: z.enum(ASSOCIATION_KINDS),
  name: z.string(),
  provinceCode: z.string(),
  country: z.string().nullable(),
  city: z.string().nullable(),
  fields: z.array(z.enum(ASSOCIATION_FIELDS)),
  status: z.enum(['active', 'inactive']),
  members: z.number().int(),
  /** Persons of the registry it supplied, and when the last of them was recorded. */
  personsSupplied: z.number().int(),
  lastSuppliedAt: z.string().nullable(),
});
export type AssociationSummary = z.infer<typeof associationSummarySchema>;

export const memberSchema = z.object({
  id: z.number().int(),
  personId: z.string(),
  fullName: z.string(),
  residenceCountry: z.string().nullable(),
  role: z.enum(MEMBER_ROLES),
  joinedOn: z.string().nullable(),
  leftOn: z.string().nullable(),
  note: z.string().nullable(),
});
export type Member = z.infer<typeof memberSchema>;

export const associationSchema = associationSummarySchema.extend({
  foundedOn: z.string().nullable(),
  description: z.string().nullable(),
  address: z.string().nullable(),
  phones: z.array(z.string()),
  emails: z.array(z.string()),
  website: z.string().nullable(),
  leaders: z.array(
    z.object({ name: z.string(), title: z.string(), phone: z.string().nullable(), email: z.string().nullable() }),
  ),
  version: z.number().int(),
  updatedAt: z.string(),
  /** The members the user may see (persons of their jurisdiction); `members` counts them all. */
  memberList: z.array(memberSchema),
  /** Import batches the association sent. */
  imports: z.array(
    z.object({
      id: z.string(),
      fileName: z.string(),
      committedAt: z.string().nullable(),
      rowsCommitted: z.number().int(),
    }),
  ),
});
export type Association = z.infer<typeof associationSchema>;

export const memberInputSchema = z
  .object({
    personId: z.uuid(),
    role: z.enum(MEMBER_ROLES).default('member'),
    joinedOn: isoDate,
    leftOn: isoDate,
    note: optionalText(1000),
  })
  .refine((m) => !m.joinedOn || !m.leftOn || m.joinedOn <= m.leftOn, { message: 'dateRange', path: ['leftOn'] });
export type MemberInput = z.infer<typeof memberInputSchema>;

export const associationListQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  kind: z.enum(ASSOCIATION_KINDS).optional(),
  country: z.string().trim().max(100).optional(),
  field: z.enum(ASSOCIATION_FIELDS).optional(),
  province: z.string().trim().max(100).optional(),
  status: z.enum(['active', 'inactive']).optional(),
  /** Associations a person is a member of. */
  personId: z.uuid().optional(),
  ...pageQueryShape,
});
export type AssociationListQuery = z.infer<typeof associationListQuerySchema>;
