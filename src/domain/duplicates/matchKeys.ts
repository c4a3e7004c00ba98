import { canonicalFamily, parseName, type ParsedName } from './parseName';

/** The readings of a name: itself, and the other order when both its ends are family names. */
function readings(name: ParsedName): ParsedName[] {
  return name.reversed ? [name, name.reversed] : [name];
}

const key = (family: string, given: string) => `${canonicalFamily(family)}|${given}`;

/**
 * How far apart two birth years may be for their records to be compared: a year off by one is a
 * common slip (a lunar-year birth, a year counted from Tết, an age turned into a year).
 */
export const BIRTH_YEAR_SLACK = 1;

/** Whether records of these birth years are compared: either unknown, or at most BIRTH_YEAR_SLACK apart. */
export const birthYearsMayMatch = (a: number | null, b: number | null) =>
  a === null || b === null || Math.abs(a - b) <= BIRTH_YEAR_SLACK;

/**
 * The keys a record is stored under ("family|given", one per reading and alias), beside its birth
 * year (records are compared when birthYearsMayMatch): two records of one person written in any
 * order, with or without diacritics, an English name, a Hoàng/Huỳnh variant or a dropped middle
 * name share one.
 */
export function matchKeys(name: ParsedName): string[] {
  const keys = readings(name).flatMap((r) => [r.given, ...r.aliases].map((given) => key(r.family, given)));
  return [...new Set(keys)];
}

/** The stored match keys and commonness keys of a person's name. */
export function nameKeysOf(fullName: string, aliases: readonly string[]) {
  const name = parseName(fullName, aliases);
  return { matchKeys: matchKeys(name), commonnessKeys: commonnessKeys(name) };
}

/**
 * The keys of a name's commonness, "family|given" and "family|middle|given": how many records share
 * them weighs how much a name match says (the whole name when both have the same middle name).
 */
export function commonnessKeys(name: ParsedName): { familyGiven: string; fullName: string } {
  const family = canonicalFamily(name.family);
  return { familyGiven: `${family}|${name.given}`, fullName: `${family}|${name.middle.join(' ')}|${name.given}` };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every word one letter deleted, inserted, replaced, or two neighbours swapped away (as isOneEdit). */
export function oneEditVariants(word: string): string[] {
  const variants = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    for (const letter of LETTERS) variants.add(head + letter + tail);
    if (!tail) continue;
    variants.add(head + tail.slice(1));
    for (const letter of LETTERS) variants.add(head + letter + tail.slice(1));
    if (tail.length > 1) variants.add(head + tail[1] + tail[0] + tail.slice(2));
  }
  variants.delete(word);
  return [...variants];
}

/**
 * The keys under which a record's possible duplicates are stored, one-letter typos in the given or
 * family name included: looked up for a single new record (a few hundred keys); an import checks
 * its rows by matchKeys alone and leaves typos to the whole-registry check.
 */
export function typoTolerantKeys(name: ParsedName): string[] {
  const keys = new Set(matchKeys(name));
  for (const r of readings(name)) {
    if (r.given.length >= 3) for (const given of oneEditVariants(r.given)) keys.add(key(r.family, given));
    if (r.family.length >= 3) for (const family of oneEditVariants(r.family)) keys.add(key(family, r.given));
  }
  return [...keys];
}
