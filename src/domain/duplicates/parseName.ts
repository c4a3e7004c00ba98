import { normalizeText } from '../text/normalizeText';

/**
 * A name taken apart for matching (họ, tên đệm, tên): words in search form, whatever order, case or
 * diacritics it was written with, and the other names it carries in parentheses ("(Linda)").
 */
export interface ParsedName {
  family: string;
  middle: string[];
  given: string;
  aliases: string[];
  /**
   * The other reading of a name that may be written either way: first and last words both family
   * names ("Hoang Le": Hoàng Lê, or Lê Hoàng written given name first), or "Kim, Trang Ngọc Toàn"
   * (Kim Trang Ngọc Toàn, or Kim Ngọc Toàn Trang).
   */
  reversed?: ParsedName;
}

// Vietnamese family names (họ) in search form, the common ones: enough to tell "Lan Thi Nguyen"
// (Western order) from "Nguyen Thi Lan".
const FAMILY_NAMES = new Set(
  (
    'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh truong lam mai to chau trinh ' +
    'cao luu ta quach thai ton la kieu ha tang luong van dao doan trieu mac lai khuc giang tieu hua thach au ' +
    'phung vuong nghiem diep an lu khong'
  ).split(' '),
);

// Spellings of one family name that records mix up (Hoàng/Huỳnh in the South, Vũ/Võ): weak evidence.
const FAMILY_VARIANTS: Readonly<Record<string, string>> = { huynh: 'hoang', vo: 'vu' };

// Middle names that are never given names, as written: "Thị" and "Văn". Without their marks they
// are also the given names Thi and Vân, so only a marked one at the end says "Given Middle"; at the
// start, marked or not, it is the middle name.
const MIDDLE_ONLY = new Set(['thị', 'văn']);
const MIDDLE_ONLY_UNMARKED = new Set([...MIDDLE_ONLY].map(normalizeText));

/**
 * The words after the comma of "Family, …" in Vietnamese order, and the other reading where the words
 * do not tell: "Lan Thị" is Given Middle (as Western forms order them), "Thị Lan" is as written, and
 * "Trang Ngọc Toàn" may be either.
 */
function afterComma(written: string): { parts: string[]; other?: string[] } {
  const rest = words(written);
  const raw = written
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}]+/u)
    .filter(Boolean);
  const [first, ...others] = rest;
  const isMiddle = (word: string | undefined) => word !== undefined && MIDDLE_ONLY.has(word);
  if (!first || others.length === 0) return { parts: rest };
  const givenFirst = [...others, first];
  if (isMiddle(raw.at(-1)) && !isMiddle(raw[0])) return { parts: givenFirst };
  return MIDDLE_ONLY_UNMARKED.has(first) ? { parts: rest } : { parts: rest, other: givenFirst };
}

const words = (text: string) =>
  normalizeText(text.replace(/[^\p{L}\p{M}\p{N}]+/gu, ' '))
    .split(' ')
    .filter(Boolean);

function isFamilyName(word: string): boolean {
  return FAMILY_NAMES.has(word);
}

/** One spelling for family names that records write either way (huynh → hoang, vo → vu). */
export function canonicalFamily(family: string): string {
  return FAMILY_VARIANTS[family] ?? family;
}

/**
 * "Nguyễn Thị Lan (Linda)", "NGUYEN THI LAN", "Lan Thi Nguyen" and "Nguyen, Thi Lan" all give family
 * nguyen, middle [thi], given lan (and alias linda for the first).
 */
export function parseName(fullName: string, otherNames: readonly string[] = []): ParsedName {
  const aliases = [...fullName.matchAll(/\(([^)]*)\)/g)].flatMap((m) => words(m[1] ?? ''));
  const main = fullName.replace(/\([^)]*\)/g, ' ');
  const comma = main.indexOf(',');
  const allAliases = [...aliases, ...otherNames.flatMap(words)];
  if (comma >= 0) {
    const family = words(main.slice(0, comma));
    const { parts, other } = afterComma(main.slice(comma + 1));
    const name = fromParts([...family, ...parts], allAliases);
    return other ? { ...name, reversed: fromParts([...family, ...other], allAliases) } : name;
  }
  let parts = words(main);
  const first = parts[0] ?? '';
  const last = parts.at(-1) ?? '';
  // "Lan Thi Nguyen": given name first, family name last, as Western forms ask for them.
  if (parts.length > 1 && !isFamilyName(first) && isFamilyName(last)) {
    parts = [last, ...parts.slice(1, -1), first];
  }
  if (parts.length === 1) return { family: '', middle: [], given: parts[0]!, aliases: allAliases };
  const name = fromParts(parts, allAliases);
  const ambiguous = parts.length > 1 && isFamilyName(parts[0]!) && isFamilyName(parts.at(-1)!);
  return ambiguous
    ? { ...name, reversed: fromParts([parts.at(-1)!, ...parts.slice(1, -1), parts[0]!], allAliases) }
    : name;
}

function fromParts(parts: readonly string[], aliases: string[]): ParsedName {
  return { family: parts[0] ?? '', middle: parts.slice(1, -1), given: parts.at(-1) ?? '', aliases };
}
