import { z } from 'zod';
import { passwordSchema } from '../auth/authSchemas';
import { CONSENT_PURPOSES } from '../consent/consentPurposes';
import { consentSummarySchema } from '../consent/consentSchemas';
import { partialDateSchema } from '../persons/personSchemas';
import { myRequestSchema } from '../portalRequests/requestSchemas';

const email = z.string().trim().toLowerCase().pipe(z.email()).pipe(z.string().max(254));

/** Asking for a sign-in code; `invitation`: the token of the link an officer sent, if any. */
export const portalCodeRequestSchema = z.object({ email, invitation: z.string().max(1000).optional() });

/** Signing in with the password a person chose (optional: the e-mailed code always works). */
export const portalPasswordLoginSchema = z.object({ email, password: z.string().min(1).max(200) });
export const portalPasswordSchema = z.object({ password: passwordSchema });

export const portalVerifySchema = z.object({
  email,
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'portalCodeFormat'),
  invitation: z.string().max(1000).optional(),
});

/** What the person sees of their own record: not internal notes, sources, cases or identity numbers. */
export const portalRecordSchema = z.object({
  fullName: z.string(),
  otherNames: z.array(z.string()),
  sex: z.enum(['male', 'female', 'other']).nullable(),
  birthDate: partialDateSchema.nullable(),
  nationalities: z.array(z.string()),
  residenceCountry: z.string().nullable(),
  residenceCity: z.string().nullable(),
  addressAbroad: z.string().nullable(),
  hometownText: z.string().nullable(),
  hometownProvinceCode: z.string().nullable(),
  categories: z.array(z.string()),
  educationLevel: z.string().nullable(),
  occupation: z.string().nullable(),
  expertise: z.array(z.string()),
  phones: z.array(z.string()),
  emails: z.array(z.string()),
  /** Their documents by kind, the number masked (••••4567): an e-mail account lost does not give them away. */
  identityDocuments: z.array(z.object({ type: z.string(), number: z.string() })),
  relatives: z.array(z.object({ fullName: z.string(), relationship: z.string() })),
});
export type PortalRecord = z.infer<typeof portalRecordSchema>;

export const portalMeSchema = z.object({
  email: z.string(),
  csrfToken: z.string(),
  /** The registry's record of the person, once an invitation linked it; null before. */
  record: portalRecordSchema.nullable(),
  consents: consentSummarySchema.nullable(),
});
export type PortalMe = z.infer<typeof portalMeSchema>;

/**
 * Who read the person's record, month by month: staff of an agency (its name), of a province's
 * Department of Foreign Affairs (the province), or of the Ministry.
 */
export const portalReadSchema = z.object({
  month: z.string(),
  reader: z.object({
    kind: z.enum(['agency', 'province', 'ministry']),
    agencyName: z.string().nullable(),
    provinceCode: z.string().nullable(),
  }),
  reads: z.number().int(),
});
export type PortalRead = z.infer<typeof portalReadSchema>;

/** Everything the registry holds that the person may see, to download (quyền truy cập dữ liệu). */
export const portalExportSchema = z.object({
  exportedAt: z.string(),
  email: z.string(),
  record: portalRecordSchema.nullable(),
  consents: z.array(
    z.object({
      purpose: z.enum(CONSENT_PURPOSES),
      decision: z.string(),
      textVersion: z.string(),
      channel: z.string(),
      decidedOn: z.string().nullable(),
      recordedAt: z.string(),
    }),
  ),
  reads: z.array(portalReadSchema),
  /** What they asked on the portal, with the outcomes. */
  requests: z.array(myRequestSchema),
});

/** A decision the person makes on the portal, in one click: agree, or withdraw. */
export const portalConsentSchema = z.object({
  purpose: z.enum(CONSENT_PURPOSES),
  decision: z.enum(['given', 'withdrawn']),
});

/** An officer's invitation to the portal, sent to the person's address. */
export const portalInvitationSchema = z.object({ email });
export const portalInvitationSentSchema = z.object({ link: z.string(), expiresAt: z.string() });

/** An event of the person's home province open for registration, and whether they registered. */
export const portalEventSchema = z.object({
  id: z.string(),
  title: z.string(),
  startOn: z.string(),
  endOn: z.string(),
  location: z.string().nullable(),
  description: z.string().nullable(),
  registered: z.boolean(),
});
export type PortalEvent = z.infer<typeof portalEventSchema>;

export const portalRegistrationSchema = z.object({ going: z.boolean() });

/** The token of an unsubscribe link (thư điện tử: "không nhận thư nữa"). */
export const unsubscribeSchema = z.object({ token: z.string().min(1).max(500) });
