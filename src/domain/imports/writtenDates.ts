import { normalizeForLookup } from '../text/normalizeText';

/**
 * A two-digit year read as the latest year it can be that is not after today: "77" is 1977 and
 * "05" 2005 in 2026. Birth dates are never in the future.
 */
function fullYear(twoDigits: number, today: Date): number {
  const century = Math.floor(today.getUTCFullYear() / 100) * 100;
  return century + twoDigits > today.getUTCFullYear() ? century - 100 + twoDigits : century + twoDigits;
}

const pad = (n: string) => n.padStart(2, '0');

// Normalised forms (no marks, lower-case, punctuation as spaces): "ngay 5 thang 3 nam 1960".
const FORMS: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/^(?:sinh )?ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})$/, (m) => `${pad(m[1]!)}/${pad(m[2]!)}/${m[3]}`],
  [/^(?:sinh )?(?:thang|th|t) ?(\d{1,2})(?: nam)? (\d{4})$/, (m) => `${pad(m[1]!)}/${m[2]}`],
  [/^(?:sinh )?(?:nam|khoang|khoang nam|ca|circa|c|nam khoang) (\d{4})(?: khoang)?$/, (m) => m[1]!],
  [/^(\d{4}) (?:khoang|uoc tinh)$/, (m) => m[1]!],
];

/**
 * A birth date written in words or with a two-digit year, rewritten as the digits the date
 * reader takes ("ngày 5 tháng 3 năm 1960" → "05/03/1960", "tháng 6/1998" → "06/1998", "khoảng
 * 1970" or "~1970" → "1970", "14/02/77" → "14/02/1977"). Null when the text is none of these.
 */
export function writtenDate(text: string, today: Date): string | null {
  const trimmed = text.trim();
  const approximate = /^[~≈]\s*(\d{4})\??$|^(\d{4})\s*\?$/.exec(trimmed);
  if (approximate) return approximate[1] ?? approximate[2] ?? null;
  const short = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2})$/.exec(trimmed);
  if (short) return `${pad(short[1]!)}/${pad(short[2]!)}/${fullYear(Number(short[3]), today)}`;
  const words = normalizeForLookup(trimmed);
  for (const [pattern, rewrite] of FORMS) {
    const match = pattern.exec(words);
    if (match) return rewrite(match);
  }
  return null;
}
