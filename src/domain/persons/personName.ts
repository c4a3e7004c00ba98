import { normalizeText } from '../text/normalizeText';

/**
 * The words of a name in search form: "Nguyễn Văn An", "NGUYEN VAN AN", "An Van Nguyen" and
 * "Nguyen, An" all give words of the same set. Parentheses and commas only separate words.
 */
export function nameWords(name: string): string[] {
  return normalizeText(name.replace(/[^\p{L}\p{M}\p{N}]+/gu, ' '))
    .split(' ')
    .filter(Boolean);
}

/** The words sorted: the same key whatever the order the name was written in (for trigram matching). */
export function sortedNameKey(name: string): string {
  return nameWords(name).sort().join(' ');
}
