import { normalizeText } from '../../domain/text/normalizeText';

/**
 * The LIKE pattern finding `text` inside a normalised search column (diacritics and case aside),
 * its own % and _ taken literally.
 */
export function containsText(text: string): string {
  return `%${normalizeText(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
