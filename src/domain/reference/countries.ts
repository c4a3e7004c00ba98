import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import vi from 'i18n-iso-countries/langs/vi.json' with { type: 'json' };
import { normalizeForLookup } from '../text/normalizeText';
import { COUNTRY_ALIASES, COUNTRY_NAME_PREFIXES } from './countryAliases';

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

const compact = (key: string) => key.replace(/ /g, '');

/**
 * Names to codes: every Vietnamese and English name and alias, also written without spaces
 * ("Cam-pu-chia" is "Campuchia"). Codes are a separate index, consulted after names.
 */
function buildIndexes() {
  const names = new Map<string, string>();
  const codes = new Map<string, string>();
  const addName = (name: string, code: string) => {
    const key = normalizeForLookup(name);
    if (!names.has(key)) names.set(key, code);
    if (!names.has(compact(key))) names.set(compact(key), code);
  };
  // Aliases first: the short name people write wins over an ISO name that happens to equal it.
  for (const [alias, code] of COUNTRY_ALIASES) addName(alias, code);
  for (const { code, nameVi, nameEn } of COUNTRIES) {
    codes.set(code.toLowerCase(), code);
    codes.set((countries.alpha2ToAlpha3(code) ?? code).toLowerCase(), code);
    for (const name of [
      nameVi,
      nameEn,
      ...(countries.getName(code, 'vi', { select: 'all' }) ?? []),
      ...(countries.getName(code, 'en', { select: 'all' }) ?? []),
    ])
      addName(name, code);
  }
  return { names, codes };
}

const indexes = buildIndexes();
const byCode = new Map(COUNTRIES.map((c) => [c.code, c]));

export type CountryResolution =
  { ok: true; country: Country } | { ok: false; reason: 'empty' | 'unknown'; input: string };

function withoutPrefix(key: string): string {
  const prefix = COUNTRY_NAME_PREFIXES.find((p) => key.startsWith(`${p} `));
  return prefix ? key.slice(prefix.length + 1) : key;
}

/**
 * The texts a cell may name its country by: the whole, the part in parentheses and the part
 * outside ("Hoa Kỳ (Mỹ)"), the last parts of an address ("Berlin, Đức"), each also without the
 * words of an official name ("Cộng hòa Pháp").
 */
function candidatesOf(input: string): string[] {
  const inside = [...input.matchAll(/\(([^)]*)\)/g)].map((m) => m[1] ?? '');
  const outside = input.replace(/\([^)]*\)/g, ' ');
  const parts = outside.split(/[,;/]|\s[-–]\s/).reverse();
  const keys = [input, outside, ...inside, ...parts].map(normalizeForLookup).filter(Boolean);
  return [...new Set(keys.flatMap((key) => [key, withoutPrefix(key)]))];
}

// An ISO code is only ever letters without marks: "Bỉ" and "Nga" are names, not BI and NGA.
const looksLikeCode = (text: string) => /^[A-Za-z]{2,3}$/.test(text.trim());

/** Resolves a free-text country name (Vietnamese or English, any case, with or without diacritics, or an ISO code). */
export function resolveCountry(input: string): CountryResolution {
  const candidates = candidatesOf(input);
  if (!candidates.length) return { ok: false, reason: 'empty', input };
  const byName = candidates
    .map((key) => indexes.names.get(key) ?? indexes.names.get(compact(key)))
    .find((code) => code !== undefined);
  const code = byName ?? (looksLikeCode(input) ? indexes.codes.get(input.trim().toLowerCase()) : undefined);
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
