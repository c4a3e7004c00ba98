import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import vi from 'i18n-iso-countries/langs/vi.json' with { type: 'json' };
import { normalizeForLookup } from '../text/normalizeText';

countries.registerLocale(vi);
countries.registerLocale(en);

/** A country (ISO 3166-1 alpha-2) with its Vietnamese and English names. */
export interface Country {
  code: string;
  nameVi: string;
  nameEn: string;
}

// The short form Vietnamese official documents use, where the package gives a long or different one.
const VIETNAMESE_DISPLAY_NAMES: Readonly<Record<string, string>> = {
  US: 'Hoa Kỳ',
  TW: 'Đài Loan (Trung Quốc)',
  LA: 'Lào',
  GB: 'Anh',
  CZ: 'Séc',
  RU: 'Nga',
  KP: 'Triều Tiên',
};

/** Names people write in Vietnamese spreadsheets that the ISO lists do not carry. */
export const COUNTRY_ALIASES: readonly (readonly [alias: string, code: string])[] = [
  ['Mỹ', 'US'],
  ['Hoa Kỳ', 'US'],
  ['USA', 'US'],
  ['Đài Loan (Trung Quốc)', 'TW'],
  ['CHLB Đức', 'DE'],
  ['Cộng hòa Liên bang Đức', 'DE'],
  ['Séc', 'CZ'],
  ['CH Séc', 'CZ'],
  ['Liên bang Nga', 'RU'],
  ['LB Nga', 'RU'],
  ['Anh', 'GB'],
  ['UK', 'GB'],
  ['Ô-xtrây-li-a', 'AU'],
  ['Australia', 'AU'],
  ['Cam-pu-chia', 'KH'],
  ['Lào', 'LA'],
  ['CHDCND Lào', 'LA'],
  ['Hàn', 'KR'],
  ['Nhật', 'JP'],
  ['Ca-na-đa', 'CA'],
  ['Niu Di-lân', 'NZ'],
  ['Triều Tiên', 'KP'],
];

function buildCountries(): Country[] {
  return Object.keys(countries.getAlpha2Codes())
    .map((code) => ({
      code,
      nameVi: VIETNAMESE_DISPLAY_NAMES[code] ?? countries.getName(code, 'vi') ?? code,
      nameEn: countries.getName(code, 'en') ?? code,
    }))
    .sort((a, b) => a.nameVi.localeCompare(b.nameVi, 'vi'));
}

export const COUNTRIES: readonly Country[] = buildCountries();

function buildIndex(): Map<string, string> {
  const index = new Map<string, string>();
  for (const { code, nameVi, nameEn } of COUNTRIES) {
    const names = [
      code,
      countries.alpha2ToAlpha3(code) ?? code,
      nameVi,
      nameEn,
      ...(countries.getName(code, 'vi', { select: 'all' }) ?? []),
      ...(countries.getName(code, 'en', { select: 'all' }) ?? []),
    ];
    for (const name of names) index.set(normalizeForLookup(name), code);
  }
  for (const [alias, code] of COUNTRY_ALIASES) index.set(normalizeForLookup(alias), code);
  return index;
}

const index = buildIndex();
const byCode = new Map(COUNTRIES.map((c) => [c.code, c]));

export type CountryResolution =
  { ok: true; country: Country } | { ok: false; reason: 'empty' | 'unknown'; input: string };

/** Resolves a free-text country name (Vietnamese or English, any case, with or without diacritics, or an ISO code). */
export function resolveCountry(input: string): CountryResolution {
  const key = normalizeForLookup(input);
  if (!key) return { ok: false, reason: 'empty', input };
  const code = index.get(key);
  const country = code ? byCode.get(code) : undefined;
  return country ? { ok: true, country } : { ok: false, reason: 'unknown', input };
}

export function findCountry(code: string): Country | undefined {
  return byCode.get(code.toUpperCase());
}

/** The alpha-2 code of an ISO 3166-1 numeric code ("704" → "VN"), as map data names countries. */
export function alpha2OfNumeric(numeric: string): string | undefined {
  return countries.numericToAlpha2(numeric);
}
