/**
 * The search/match form of Vietnamese text: NFD, combining marks stripped, đ/Đ → d,
 * lower-case, white space collapsed. The original text is always kept for display.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Like normalizeText, with punctuation turned into spaces: for matching names of places. */
export function normalizeForLookup(text: string): string {
  return normalizeText(text.replace(/[^\p{L}\p{N}]+/gu, ' '));
}

/** Text as stored: Unicode NFC, trimmed, inner white space collapsed. */
export function toStoredText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
