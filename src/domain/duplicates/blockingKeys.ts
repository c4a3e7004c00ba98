import type { DedupeRecord } from './scorePair';

/** The word with each single letter left out, and itself: two words one typo apart share one of these. */
function deletionVariants(word: string): string[] {
  if (word.length < 3) return [word];
  return [word, ...Array.from(word, (_, i) => word.slice(0, i) + word.slice(i + 1))];
}

/** The blocks of records that share a phone, an email or an identity document. */
export function contactKeys(record: DedupeRecord): string[] {
  return [
    ...record.phones.map((phone) => `p:${phone}`),
    ...record.emails.map((email) => `e:${email}`),
    ...record.documentHashes.map((hash) => `d:${hash}`),
  ];
}

/**
 * The pairs of distinct name keys ("family|given", see matchKeys) one typo apart in the given
 * or the family name: their records are compared too. Found through deletion variants, so that
 * the cost grows with the number of distinct names, not of records.
 */
export function typoNeighbours(nameKeys: Iterable<string>): [string, string][] {
  const byVariant = new Map<string, string[]>();
  for (const key of nameKeys) {
    const [family = '', given = ''] = key.split('|');
    const variants = [
      ...deletionVariants(given).map((v) => `g:${family}|${v}`),
      ...deletionVariants(family).map((v) => `f:${v}|${given}`),
    ];
    for (const variant of new Set(variants)) {
      const keys = byVariant.get(variant);
      if (keys) keys.push(key);
      else byVariant.set(variant, [key]);
    }
  }
  const pairs = new Map<string, [string, string]>();
  for (const keys of byVariant.values()) {
    for (let x = 0; x < keys.length; x++) {
      for (let y = x + 1; y < keys.length; y++) pairs.set(`${keys[x]}\n${keys[y]}`, [keys[x]!, keys[y]!]);
    }
  }
  return [...pairs.values()];
}
