import { normalizeForLookup } from '../text/normalizeText';
import { LEGACY_PROVINCES, PROVINCES, PROVINCE_ALIASES, type LegacyProvince, type Province } from './provinceData';

export type ProvinceResolution =
  | { ok: true; province: Province; via: 'current' | 'legacy' | 'alias' | 'code'; legacyCode?: string }
  | { ok: false; reason: 'empty' | 'unknown'; input: string };

// "Tỉnh Cần Thơ", "TP. Cần Thơ", "Thành phố Hồ Chí Minh": the administrative prefix is not part of the name.
const PREFIX = /^(tinh|thanh pho|tp)\s+/;

const byCode = new Map(PROVINCES.map((p) => [p.code, p]));

function mustFind(code: string): Province {
  const province = byCode.get(code);
  if (!province) throw new Error(`reference data: no 2025 province with code ${code}`);
  return province;
}

type Entry = { code: string; via: 'current' | 'legacy' | 'alias'; legacyCode?: string };

function lookupKey(text: string): string {
  return normalizeForLookup(text).replace(PREFIX, '');
}

function buildIndex(): Map<string, Entry> {
  const index = new Map<string, Entry>();
  const add = (name: string, entry: Entry) => {
    const key = lookupKey(name);
    index.set(key, entry);
    index.set(key.replace(/ /g, ''), entry); // "Cantho", "Haiphong", "TPHCM"
  };
  for (const [alias, code] of PROVINCE_ALIASES) add(alias, { code, via: 'alias' });
  // Legacy names first so that a name kept in 2025 ("Cần Thơ") resolves as current.
  for (const legacy of LEGACY_PROVINCES)
    add(legacy.name, { code: legacy.newCode, via: 'legacy', legacyCode: legacy.code });
  for (const p of PROVINCES) {
    add(p.name, { code: p.code, via: 'current' });
    add(p.nameEn, { code: p.code, via: 'current' });
  }
  return index;
}

const index = buildIndex();

/**
 * Resolves free text naming a province — any case, with or without diacritics, 2025 or
 * legacy (pre-2025) name, with or without "Tỉnh"/"Thành phố" — to its 2025 province. A bare
 * two-digit code is a 2025 province code ("92": Cần Thơ).
 */
export function resolveProvince(input: string): ProvinceResolution {
  const byItsCode = byCode.get(input.trim());
  if (byItsCode) return { ok: true, province: byItsCode, via: 'code' };
  const key = lookupKey(input);
  if (!key) return { ok: false, reason: 'empty', input };
  const entry = index.get(key) ?? index.get(key.replace(/ /g, ''));
  if (!entry) return { ok: false, reason: 'unknown', input };
  return { ok: true, province: mustFind(entry.code), via: entry.via, legacyCode: entry.legacyCode };
}

export function findProvince(code: string): Province | undefined {
  return byCode.get(code);
}

/** A former (pre-2025) province by its code. */
export function findLegacyProvince(code: string): LegacyProvince | undefined {
  return LEGACY_PROVINCES.find((p) => p.code === code);
}
