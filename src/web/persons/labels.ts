import { PERSON_CATEGORY_LABELS, SEX_LABELS, type PersonCategory, type Sex } from '../../domain/persons/categories';
import type { Language } from '../../domain/text/texts';

export function sexLabel(sex: Sex | null, language: Language): string {
  return sex ? SEX_LABELS[sex][language] : '—';
}

export function categoryLabel(category: PersonCategory, language: Language): string {
  return PERSON_CATEGORY_LABELS[category][language];
}

export function countryName(
  countries: { code: string; nameVi: string; nameEn: string }[] | undefined,
  code: string | null,
  language: Language,
) {
  if (!code) return '—';
  const country = countries?.find((c) => c.code === code);
  return country ? (language === 'vi' ? country.nameVi : country.nameEn) : code;
}
