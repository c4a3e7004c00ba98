import { z } from 'zod';
import { ASSOCIATION_FIELDS, ASSOCIATION_KINDS } from '../associations/categories';
import type { ExportColumn } from '../exports/exportColumn';
import { pageQueryShape } from '../lists/pageQuery';
import { PERSON_CATEGORIES, SEXES } from '../persons/categories';
import { findCountry } from '../reference/countries';
import type { Text } from '../text/texts';

export const INVITATION_STATUSES = ['invited', 'registered', 'declined', 'attended', 'absent'] as const;
export const INVITATION_STATUS_LABELS: Readonly<Record<(typeof INVITATION_STATUSES)[number], Text>> = {
  invited: { vi: 'Đã mời', en: 'Invited' },
  registered: { vi: 'Đã đăng ký', en: 'Registered' },
  declined: { vi: 'Từ chối', en: 'Declined' },
  attended: { vi: 'Đã tham dự', en: 'Attended' },
  absent: { vi: 'Vắng mặt', en: 'Absent' },
};

/** Whom to invite: persons as the person list filters them, associations as theirs, or by id. */
export const invitationFilterSchema = z
  .object({
    persons: z
      .object({
        q: z.string().trim().max(200).optional(),
        country: z.string().trim().max(100).optional(),
        province: z.string().trim().max(100).optional(),
        category: z.enum(PERSON_CATEGORIES).optional(),
        expertise: z.string().trim().max(100).optional(),
      })
      .optional(),
    associations: z
      .object({
        kind: z.enum(ASSOCIATION_KINDS).optional(),
        country: z.string().trim().max(100).optional(),
        field: z.enum(ASSOCIATION_FIELDS).optional(),
      })
      .optional(),
    personIds: z.array(z.uuid()).max(1000).optional(),
    associationIds: z.array(z.uuid()).max(1000).optional(),
    /** E-mail each person invited now who has an address (with a link to stop such mail). */
    sendEmail: z.boolean().default(false),
  })
  .refine((f) => f.persons || f.associations || f.personIds?.length || f.associationIds?.length, {
    message: 'required',
    path: ['persons'],
  });
export type InvitationFilter = z.infer<typeof invitationFilterSchema>;

export const invitationUpdateSchema = z.object({
  status: z.enum(INVITATION_STATUSES),
  note: z.string().trim().max(2000).nullable().default(null),
});
export type InvitationUpdate = z.infer<typeof invitationUpdateSchema>;

export const invitationSchema = z.object({
  id: z.number().int(),
  kind: z.enum(['person', 'association']),
  inviteeId: z.string(),
  name: z.string(),
  sex: z.enum(SEXES).nullable(),
  country: z.string().nullable(),
  address: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  status: z.enum(INVITATION_STATUSES),
  note: z.string().nullable(),
  /** A person agreed to be contacted about events (an association always may be). */
  mayContact: z.boolean(),
});
export type Invitation = z.infer<typeof invitationSchema>;

/** How a letter addresses the invitee: Ông, Bà, or Quý Hội for an association. */
export function salutation(invitation: Pick<Invitation, 'kind' | 'sex'>): string {
  if (invitation.kind === 'association') return 'Quý Hội';
  return invitation.sex === 'female' ? 'Bà' : invitation.sex === 'male' ? 'Ông' : 'Ông/Bà';
}

/** The columns of an invitation list for a mail merge. */
export const INVITATION_EXPORT_COLUMNS: readonly ExportColumn<Invitation>[] = [
  { header: 'Danh xưng', value: salutation },
  { header: 'Họ tên / Tên hội', value: (i) => i.name },
  { header: 'Địa chỉ', value: (i) => i.address ?? '' },
  { header: 'Quốc gia', value: (i) => (i.country ? (findCountry(i.country)?.nameVi ?? i.country) : '') },
  { header: 'Email', value: (i) => i.email ?? '' },
  { header: 'Điện thoại', value: (i) => i.phone ?? '' },
  { header: 'Tình trạng', value: (i) => INVITATION_STATUS_LABELS[i.status].vi },
];

/**
 * What inviting a filtered list did: invited now, already invited before, and persons left out for
 * not having agreed to be contacted (sự đồng ý liên hệ).
 */
export const invitedCountsSchema = z.object({
  invited: z.number().int(),
  alreadyInvited: z.number().int(),
  withoutContactConsent: z.number().int(),
  /** Invitations e-mailed (persons invited now with an address, when asked to). */
  mailed: z.number().int(),
});

/** An event's invitations list: by status, a page. */
export const invitationListQuerySchema = z.object({
  status: z.enum(INVITATION_STATUSES).optional(),
  ...pageQueryShape,
});
export const invitationPageSchema = z.object({
  items: z.array(invitationSchema),
  total: z.number().int(),
  byStatus: z.record(z.string(), z.number()),
});
