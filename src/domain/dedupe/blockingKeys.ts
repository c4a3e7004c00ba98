import { canonicalFamily, type ParsedName } from './parseName';
import type { DedupeRecord } from './scorePair';

/** The word with each single letter left out, and itself: two words one typo apart share one of these. */
function deletionVariants(word: string): string[] {
  if (word.length < 3) return [word];
  return [word, ...Array.from(word, (_, i) => word.slice(0, i) + word.slice(i + 1))];
}

/**
 * The blocks a record falls in: only records sharing a block are compared, which keeps a check of
 * the whole registry bounded. A duplicate with any one variation (order, diacritics, middle name,
 * a typo in the given or family name, an English name, a family-name variant, a day/month swap)
 * still shares a block with its original; so do records sharing a phone, email or document.
 */
export function blockingKeys(record: DedupeRecord, name: ParsedName): string[] {
  const year = record.birthDate?.year ?? '?';
  const keys = new Set<string>();
  for (const reading of name.reversed ? [name, name.reversed] : [name]) {
    const family = canonicalFamily(reading.family);
    for (const given of [reading.given, ...reading.aliases]) {
      for (const variant of deletionVariants(given)) keys.add(`g:${family}|${year}|${variant}`);
    }
    for (const variant of deletionVariants(family)) keys.add(`f:${reading.given}|${year}|${variant}`);
  }
  for (const phone of record.phones) keys.add(`p:${phone}`);
  for (const email of record.emails) keys.add(`e:${email}`);
  for (const hash of record.documentHashes) keys.add(`d:${hash}`);
  return [...keys];
}

/** The key of a name's commonness: how many records share it weighs how much a name match says. */
export function nameCommonnessKey(name: ParsedName): string {
  return `${canonicalFamily(name.family)}|${name.given}`;
}
