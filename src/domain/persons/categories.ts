import type { Text } from '../text/texts';

/** Categories of a person abroad; a person may be in several. */
export const PERSON_CATEGORIES = [
  'settled',
  'worker',
  'student',
  'married_to_foreigner',
  'adopted',
  'expert',
  'business',
  'returnee',
] as const;
export type PersonCategory = (typeof PERSON_CATEGORIES)[number];

export const PERSON_CATEGORY_LABELS: Readonly<Record<PersonCategory, Text>> = {
  settled: { vi: 'Định cư', en: 'Settled' },
  worker: { vi: 'Lao động', en: 'Worker' },
  student: { vi: 'Du học sinh', en: 'Student' },
  married_to_foreigner: { vi: 'Kết hôn với người nước ngoài', en: 'Married to a foreigner' },
  adopted: { vi: 'Con nuôi', en: 'Adopted' },
  expert: { vi: 'Chuyên gia, trí thức', en: 'Expert, intellectual' },
  business: { vi: 'Doanh nhân', en: 'Business person' },
  returnee: { vi: 'Người hồi hương', en: 'Returnee' },
};

export const SEXES = ['male', 'female', 'other'] as const;
export type Sex = (typeof SEXES)[number];

export const SEX_LABELS: Readonly<Record<Sex, Text>> = {
  male: { vi: 'Nam', en: 'Male' },
  female: { vi: 'Nữ', en: 'Female' },
  other: { vi: 'Khác', en: 'Other' },
};

export const IDENTITY_DOCUMENT_TYPES = ['passport', 'national_id', 'residence_card', 'other'] as const;
export type IdentityDocumentType = (typeof IDENTITY_DOCUMENT_TYPES)[number];
