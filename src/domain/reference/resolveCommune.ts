import { normalizeForLookup } from '../text/normalizeText';
import { unitKey, type AdminUnitsIndex, type OldCommune, type OldDistrict } from './adminUnits';
import { HISTORICAL_PROVINCES } from './historicalProvinces';
import { resolveProvince } from './resolveProvince';

/** Where a hometown lies in the 2025 units: the province, and the commune when the text names one. */
export interface HometownUnits {
  provinceCode: string | null;
  /** The pre-2025 province the text named, when it named one. */
  legacyProvinceCode: string | null;
  /** The 2025 commune, when the text names exactly one. */
  communeCode: string | null;
  /** Several 2025 communes the text may mean (an old commune split between them): the officer chooses. */
  communeCandidates: string[];
}

const NONE: HometownUnits = { provinceCode: null, legacyProvinceCode: null, communeCode: null, communeCandidates: [] };

// Unit words as they open a part; "thành phố" may be a province or an old district.
const DISTRICT_WORD = /^(quan|huyen|thi xa|tx|q|h)\b/;
const COMMUNE_WORD = /^(xa|phuong|thi tran|tt|p|x|dac khu)\b/;
// Unit words, the two-word ones first: "thị xã Ngã Năm" is one unit, not "thị" and "xã Ngã Năm".
const UNIT_WORDS = ['thi xa', 'thi tran', 'thanh pho', 'dac khu', 'xa', 'phuong', 'quan', 'huyen', 'tinh'];

/** The unit word the words hold at `at`, or null. */
function unitWordAt(words: string[], at: number): string | null {
  return UNIT_WORDS.find((unit) => unit.split(' ').every((w, i) => words[at + i] === w)) ?? null;
}

/**
 * "xã Long Bình huyện Long Mỹ tỉnh Hậu Giang" written without commas: cut before each unit word
 * that follows a name ("xã Phương Thạnh" and "huyện Tĩnh Gia" are not cut: a name follows the unit word).
 */
function splitAtUnitWords(part: string): string[] {
  const words = part.split(' ');
  const pieces: string[] = [];
  let current: string[] = [];
  let named = false;
  for (let i = 0; i < words.length;) {
    const unit = unitWordAt(words, i);
    const length = unit ? unit.split(' ').length : 1;
    if (unit && named) {
      pieces.push(current.join(' '));
      [current, named] = [[], false];
    }
    const isFirstWord = current.length === 0;
    current.push(...words.slice(i, i + length));
    if (!unit || !isFirstWord) named = true;
    i += length;
  }
  return [...pieces, current.join(' ')];
}

/**
 * The parts of an address, most specific first: split at commas, dashes and slashes, and before
 * each unit word when a writer left the commas out.
 */
function partsOf(text: string): string[] {
  return text
    .split(/[,;/]|\s[-–]\s|\s*[-–]\s*(?=\p{Lu})/u)
    .map(normalizeForLookup)
    .flatMap(splitAtUnitWords)
    .map((part) => part.replace(/\bcu\b/g, '').trim())
    .filter(Boolean);
}

type Province = { codes: string[]; legacy: string | null };

/** The province the last parts name: 2025, pre-2025, or older still (Hà Tây, Hà Sơn Bình). */
function provinceOf(part: string): Province | null {
  const historical = HISTORICAL_PROVINCES.get(unitKey(part));
  if (historical) return { codes: historical, legacy: null };
  if (DISTRICT_WORD.test(part) || COMMUNE_WORD.test(part)) return null;
  const resolved = resolveProvince(part);
  if (!resolved.ok) return null;
  return { codes: [resolved.province.code], legacy: resolved.via === 'legacy' ? (resolved.legacyCode ?? null) : null };
}

function inProvince(index: AdminUnitsIndex, oldProvinceCode: string, province: Province | null): boolean {
  if (!province) return true;
  if (province.legacy) return oldProvinceCode === province.legacy;
  return province.codes.includes(index.newProvinceOfOld.get(oldProvinceCode) ?? '');
}

const unique = <T>(items: T[]) => [...new Set(items)];

const TYPE_OF_WORD: Readonly<Record<string, string>> = {
  xa: 'xã',
  x: 'xã',
  phuong: 'phường',
  p: 'phường',
  'thi tran': 'thị trấn',
  tt: 'thị trấn',
  'dac khu': 'đặc khu',
};

/** Of units sharing a name ("Xã Thạnh An" and "Thị trấn Thạnh An"), those of the type the text writes, if any. */
function ofWrittenType<T extends { type: string }>(units: T[], part: string): T[] {
  const type = TYPE_OF_WORD[COMMUNE_WORD.exec(part)?.[1] ?? ''];
  const typed = type ? units.filter((u) => u.type === type) : [];
  return typed.length ? typed : units;
}

function fromOldCommunes(index: AdminUnitsIndex, communes: OldCommune[], province: Province | null): HometownUnits {
  const targets = unique(communes.flatMap((c) => c.to.map((t) => t.code)));
  const provinces = unique(targets.map((code) => index.newCommunes.get(code)?.provinceCode ?? ''));
  const legacy = unique(communes.map((c) => c.provinceCode));
  return {
    provinceCode:
      provinces.length === 1
        ? (provinces[0] ?? null)
        : province?.codes.length === 1
          ? (province.codes[0] ?? null)
          : null,
    legacyProvinceCode: legacy.length === 1 ? (legacy[0] ?? null) : null,
    communeCode: targets.length === 1 ? (targets[0] ?? null) : null,
    communeCandidates: targets.length > 1 ? targets : [],
  };
}

function districtsNamed(index: AdminUnitsIndex, part: string, province: Province | null): OldDistrict[] {
  return (index.oldDistrictsByKey.get(unitKey(part)) ?? []).filter((d) => inProvince(index, d.provinceCode, province));
}

/** A new commune of the province by its name ("Phường Ninh Kiều, TP Cần Thơ"). */
function newCommuneNamed(index: AdminUnitsIndex, part: string, province: Province | null) {
  const found = (index.newCommunesByKey.get(unitKey(part)) ?? []).filter(
    (c) => !province || province.codes.includes(c.provinceCode),
  );
  const typed = ofWrittenType(found, part);
  return typed.length === 1 ? typed[0] : undefined;
}

function oldCommunesNamed(index: AdminUnitsIndex, part: string, province: Province | null, districts: OldDistrict[]) {
  const codes = new Set(districts.map((d) => d.code));
  const found = (index.oldCommunesByKey.get(unitKey(part)) ?? []).filter((c) =>
    codes.size ? codes.has(c.districtCode) : inProvince(index, c.provinceCode, province),
  );
  return ofWrittenType(found, part);
}

/**
 * The parts that may name the commune: those with a commune's unit word, else the one before the
 * district, else (no district) each from the province back — "ấp 3, Đại Hải, Cần Thơ" names Đại Hải.
 */
function communeParts(rest: readonly string[], districtAt: number): string[] {
  const typed = rest.filter((part) => COMMUNE_WORD.test(part));
  if (typed.length) return typed;
  if (districtAt > 0) return [rest[districtAt - 1] ?? ''];
  return districtAt === 0 ? [] : [...rest].reverse();
}

/** The commune a part names: a 2025 one (without a district given), else an old one and where it went. */
function communeNamed(
  index: AdminUnitsIndex,
  part: string,
  province: Province | null,
  districts: OldDistrict[],
  base: HometownUnits,
): HometownUnits | null {
  const current = districts.length ? undefined : newCommuneNamed(index, part, province);
  if (current) return { ...base, provinceCode: current.provinceCode, communeCode: current.code };
  const old = oldCommunesNamed(index, part, province, districts);
  if (!old.length) return null;
  const resolved = fromOldCommunes(index, old, province);
  return { ...resolved, legacyProvinceCode: resolved.legacyProvinceCode ?? base.legacyProvinceCode };
}

/** Resolves the parts of one address (no "nay là" in it). */
function resolveParts(index: AdminUnitsIndex, parts: string[]): HometownUnits {
  const last = parts.at(-1);
  const province = last ? provinceOf(last) : null;
  const rest = province ? parts.slice(0, -1) : parts;
  const districtAt = rest.findIndex(
    (part, i) =>
      (i > 0 || rest.length === 1 || DISTRICT_WORD.test(part)) &&
      districtsNamed(index, part, province).length > 0 &&
      !COMMUNE_WORD.test(part),
  );
  const districts = districtAt >= 0 ? districtsNamed(index, rest[districtAt] ?? '', province) : [];
  const base = province
    ? {
        ...NONE,
        provinceCode: province.codes.length === 1 ? (province.codes[0] ?? null) : null,
        legacyProvinceCode: province.legacy,
      }
    : NONE;
  for (const part of communeParts(rest, districtAt)) {
    const found = communeNamed(index, part, province, districts, base);
    if (found) return found;
  }
  if (districts.length) {
    const provinces = unique(districts.map((d) => index.newProvinceOfOld.get(d.provinceCode) ?? ''));
    const legacy = unique(districts.map((d) => d.provinceCode));
    return {
      ...base,
      provinceCode: provinces.length === 1 ? (provinces[0] ?? null) : base.provinceCode,
      legacyProvinceCode: legacy.length === 1 ? (legacy[0] ?? null) : base.legacyProvinceCode,
    };
  }
  return base;
}

// "Sóc Trăng cũ (nay là Cần Thơ)", "(nay thuộc xã X)": the writer's own mapping to today's units.
const NOW_IS = /^(?:hien nay la|nay la|nay thuoc|nay|now)\s+/;

/** The text in parentheses that says what the place is now, without its "nay là". */
function nowWritten(text: string): string | null {
  for (const match of text.matchAll(/\(([^)]*)\)/g)) {
    const inside = normalizeForLookup(match[1] ?? '');
    if (NOW_IS.test(inside)) return inside.replace(NOW_IS, '');
  }
  return null;
}

/**
 * Resolves a hometown written freely to its 2025 province and commune: "Phường X, Quận Y, TP Z",
 * "xã X, huyện Y, tỉnh Z", "Y - Z" (district - province), "Z cũ (nay là W)", the new form
 * "xã X, tỉnh Z", provinces merged long before 2025, with or without diacritics and unit words.
 * A split old commune gives its candidates; a district alone gives its province.
 */
export function resolveCommune(index: AdminUnitsIndex, text: string): HometownUnits {
  const written = resolveParts(index, partsOf(text.replace(/\([^)]*\)/g, ' ')));
  const now = nowWritten(text);
  if (now === null) return written;
  const current = resolveParts(index, partsOf(now));
  const better = current.communeCode || current.communeCandidates.length || !written.provinceCode ? current : written;
  return { ...better, legacyProvinceCode: written.legacyProvinceCode ?? better.legacyProvinceCode };
}
