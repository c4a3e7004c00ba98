import type { Text } from '../text/texts';

/** hội thân nhân: relatives of people abroad, in a province; hội đoàn: Vietnamese abroad. */
export const ASSOCIATION_KINDS = ['relatives', 'overseas'] as const;
export type AssociationKind = (typeof ASSOCIATION_KINDS)[number];

export const ASSOCIATION_KIND_LABELS: Readonly<Record<AssociationKind, Text>> = {
  relatives: { vi: 'Hội thân nhân kiều bào', en: "Relatives' association" },
  overseas: { vi: 'Hội đoàn người Việt ở nước ngoài', en: 'Overseas Vietnamese association' },
};

/** What an association is about (an association may be about several). */
export const ASSOCIATION_FIELDS = [
  'business',
  'student',
  'professional',
  'religious',
  'cultural',
  'media',
  'charity',
  'other',
] as const;
export type AssociationField = (typeof ASSOCIATION_FIELDS)[number];

export const ASSOCIATION_FIELD_LABELS: Readonly<Record<AssociationField, Text>> = {
  business: { vi: 'Doanh nhân, doanh nghiệp', en: 'Business' },
  student: { vi: 'Sinh viên, du học sinh', en: 'Students' },
  professional: { vi: 'Chuyên gia, trí thức, nghề nghiệp', en: 'Professional' },
  religious: { vi: 'Tôn giáo', en: 'Religious' },
  cultural: { vi: 'Văn hóa, nghệ thuật, thể thao', en: 'Cultural' },
  media: { vi: 'Báo chí, truyền thông', en: 'Media' },
  charity: { vi: 'Từ thiện, nhân đạo', en: 'Charity' },
  other: { vi: 'Khác', en: 'Other' },
};

/** A member's role; all but 'member' are leadership roles (ban chấp hành). */
export const MEMBER_ROLES = ['chair', 'vice_chair', 'secretary', 'treasurer', 'board', 'member'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const MEMBER_ROLE_LABELS: Readonly<Record<MemberRole, Text>> = {
  chair: { vi: 'Chủ tịch', en: 'Chair' },
  vice_chair: { vi: 'Phó Chủ tịch', en: 'Vice chair' },
  secretary: { vi: 'Tổng thư ký', en: 'Secretary' },
  treasurer: { vi: 'Thủ quỹ', en: 'Treasurer' },
  board: { vi: 'Ủy viên Ban chấp hành', en: 'Board member' },
  member: { vi: 'Hội viên', en: 'Member' },
};
