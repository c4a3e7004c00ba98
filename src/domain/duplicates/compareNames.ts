import { ENGLISH_GIVEN_NAMES } from './englishGivenNames';
import { canonicalFamily, type ParsedName } from './parseName';

/** How two names differ when they may still be one person's. */
export type NameDifference =
  'middleMissing' | 'middleDiffers' | 'givenTypo' | 'familyTypo' | 'familyVariant' | 'alias' | 'englishGiven';

/**
 * Whether two names may be the same person's, and how they differ: a dropped middle name, a
 * one-letter typo, a family-name variant (Hoàng/Huỳnh), a given name that is the other's English
 * or married name. null: different names.
 */
export function compareNames(a: ParsedName, b: ParsedName): NameDifference[] | null {
  return (
    compareReadings(a, b) ??
    (b.reversed ? compareReadings(a, b.reversed) : null) ??
    (a.reversed ? compareReadings(a.reversed, b) : null)
  );
}

function compareReadings(a: ParsedName, b: ParsedName): NameDifference[] | null {
  const family = compareFamily(a.family, b.family);
  const given = compareGiven(a, b);
  if (family === null || given === null) return null;
  return [...family, ...given, ...compareMiddle(a.middle, b.middle)];
}

function compareFamily(a: string, b: string): NameDifference[] | null {
  if (a === b || !a || !b) return [];
  if (canonicalFamily(a) === canonicalFamily(b)) return ['familyVariant'];
  return isOneEdit(a, b) ? ['familyTypo'] : null;
}

function compareGiven(a: ParsedName, b: ParsedName): NameDifference[] | null {
  if (a.given === b.given) return [];
  const aNames = [a.given, ...a.aliases];
  const bNames = [b.given, ...b.aliases];
  // One side's given name is the other's other name ("Lan" / "Linda (Lan)"); two different given
  // names with the same English name are two people.
  if (bNames.includes(a.given) || aNames.includes(b.given)) return ['alias'];
  if (isOneEdit(a.given, b.given)) return ['givenTypo'];
  return takesEnglishName(a, b) || takesEnglishName(b, a) ? ['englishGiven'] : null;
}

/**
 * "Linda Nguyen" beside "Nguyễn Thị Lan": one side written with an English given name alone (no
 * middle name), the other with a Vietnamese one. Weak: only what they share otherwise can join them.
 */
function takesEnglishName(english: ParsedName, other: ParsedName): boolean {
  return english.middle.length === 0 && ENGLISH_GIVEN_NAMES.has(english.given) && !ENGLISH_GIVEN_NAMES.has(other.given);
}

function compareMiddle(a: readonly string[], b: readonly string[]): NameDifference[] {
  if (a.join(' ') === b.join(' ')) return [];
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.every((word) => longer.includes(word)) ? ['middleMissing'] : ['middleDiffers'];
}

/**
 * One letter deleted, inserted, replaced, or two neighbours swapped; not between words of one or two
 * letters (An/Ân, Hà/Hạ are names of their own).
 */
export function isOneEdit(a: string, b: string): boolean {
  if (a === b || Math.max(a.length, b.length) < 3 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
