// Each character's search form (NFD, marks stripped, đ → d), worked out once per character: names,
// countries and categories of a million-row import are normalised several times each.
const baseLetters = new Map<string, string>();

function baseLettersOf(char: string): string {
  let base = baseLetters.get(char);
  if (base === undefined) {
    base = char.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd');
    baseLetters.set(char, base);
  }
  return base;
}

/**
 * The search/match form of Vietnamese text: NFD, combining marks stripped, đ/Đ → d,
 * lower-case, white space collapsed. The original text is always kept for display.
 */
export function normalizeText(text: string): string {
  let stripped = '';
  for (const char of text) stripped += char.charCodeAt(0) < 128 ? char : baseLettersOf(char);
  // Lower-cased as a whole: a few letters (Greek final sigma) lower-case by their context.
  return stripped.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Like normalizeText, with punctuation turned into spaces: for matching names of places. */
export function normalizeForLookup(text: string): string {
  // Marks are kept to this point: decomposed (NFD) text spells "á" as "a" and a mark, one letter.
  return normalizeText(text.replace(/[^\p{L}\p{N}\p{M}]+/gu, ' '));
}

const HAS_MARK = /\p{M}/u;

/**
 * Text as a reader hands it on: composed (NFC). Mac-made files and legacy converters write
 * "ế" as "e" plus marks, which would not equal the same word typed on Windows.
 */
export function toComposedText(text: string): string {
  return HAS_MARK.test(text) ? text.normalize('NFC') : text;
}

/** Text as stored: Unicode NFC, trimmed, inner white space collapsed. */
export function toStoredText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
