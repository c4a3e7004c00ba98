import type { Text } from '../text/texts';

/** What each piece of evidence of a pair means, for the review screen (Vietnamese first). */
export const EVIDENCE_LABELS: Readonly<Record<string, Text>> = {
  fullName: {
    vi: 'Trùng cả họ, tên đệm và tên (càng phổ biến càng ít ý nghĩa)',
    en: 'Same full name (the commoner, the weaker)',
  },
  name: {
    vi: 'Trùng họ và tên, không kể tên đệm (càng phổ biến càng ít ý nghĩa)',
    en: 'Same family and given name, middle name aside (the commoner, the weaker)',
  },
  'name.middleMissing': { vi: 'Thiếu tên đệm', en: 'Middle name missing' },
  'name.middleDiffers': { vi: 'Tên đệm khác', en: 'Middle name differs' },
  'name.givenTypo': { vi: 'Tên lệch một chữ', en: 'Given name one letter off' },
  'name.familyTypo': { vi: 'Họ lệch một chữ', en: 'Family name one letter off' },
  'name.familyVariant': { vi: 'Họ viết khác (Hoàng/Huỳnh, Vũ/Võ)', en: 'Family name variant (Hoàng/Huỳnh, Vũ/Võ)' },
  'name.alias': {
    vi: 'Trùng tên khác (tên tiếng Anh, tên sau kết hôn)',
    en: 'Matches another name (English, married)',
  },
  'name.englishGiven': {
    vi: 'Một bên chỉ ghi tên tiếng Anh (Linda, Tony…), cùng họ',
    en: 'One side has an English given name only (Linda, Tony…), same family name',
  },
  birthYear: { vi: 'Cùng năm sinh', en: 'Same birth year' },
  birthYearNear: { vi: 'Năm sinh lệch 1 năm', en: 'Birth year one apart' },
  birthYearDiffers: { vi: 'Năm sinh khác', en: 'Birth year differs' },
  birthDate: { vi: 'Cùng ngày sinh', en: 'Same birth date' },
  birthDateSwapped: { vi: 'Ngày sinh đảo ngày/tháng', en: 'Birth date with day and month swapped' },
  birthDateDiffers: { vi: 'Ngày sinh khác', en: 'Birth date differs' },
  birthMonth: { vi: 'Cùng tháng sinh', en: 'Same birth month' },
  birthMonthDiffers: { vi: 'Tháng sinh khác', en: 'Birth month differs' },
  sex: { vi: 'Cùng giới tính', en: 'Same sex' },
  sexDiffers: { vi: 'Giới tính khác', en: 'Sex differs' },
  hometown: { vi: 'Cùng quê (tỉnh cũ và mới tính là một)', en: 'Same hometown (old and new province alike)' },
  hometownDiffers: { vi: 'Quê khác', en: 'Hometown differs' },
  country: { vi: 'Cùng nước cư trú', en: 'Same country of residence' },
  countryDiffers: { vi: 'Nước cư trú khác', en: 'Country of residence differs' },
  city: { vi: 'Cùng thành phố cư trú', en: 'Same city of residence' },
  cityDiffers: { vi: 'Thành phố cư trú khác', en: 'City of residence differs' },
  phone: { vi: 'Cùng số điện thoại', en: 'Same phone' },
  email: { vi: 'Cùng email', en: 'Same email' },
  document: { vi: 'Cùng số giấy tờ tùy thân', en: 'Same identity document' },
  parent: { vi: 'Cùng tên cha/mẹ', en: 'Same father or mother' },
  relative: { vi: 'Cùng người thân (quan hệ và họ tên)', en: 'Same relative (relationship and name)' },
  parentDiffers: { vi: 'Tên cha/mẹ khác', en: 'Father or mother differs' },
};

export function evidenceLabel(factor: string, language: 'vi' | 'en'): string {
  return EVIDENCE_LABELS[factor]?.[language] ?? factor;
}
