import type { PartialDate } from '../persons/partialDate';
import { compareNames, type NameDifference } from './compareNames';
import type { NameSharing } from './nameSharing';
import { parseName, type ParsedName } from './parseName';

/** What duplicate detection knows of a person (a record of the registry, or one being imported). */
export interface DedupeRecord {
  id: string;
  fullName: string;
  aliases: string[];
  sex: 'male' | 'female' | 'other' | null;
  birthDate: PartialDate | null;
  /** 2025 province of the hometown: former provinces are already mapped to it. */
  hometownProvinceCode: string | null;
  /** 2025 commune of the hometown, where the text names one (or the officer chose it). */
  hometownCommuneCode: string | null;
  residenceCountry: string | null;
  /** In search form (see normalizeText). */
  residenceCity: string | null;
  phones: string[];
  emails: string[];
  /** Keyed hashes of identity document numbers. */
  documentHashes: string[];
  /** Named relatives: role 'father' or 'mother' for parents, else the relationship in search form. */
  relatives: { role: string; name: string }[];
}

export interface Evidence {
  factor: string;
  weight: number;
}

/** Two records proposed as one person: their ids, score and evidence. */
export interface DuplicatePair {
  a: string;
  b: string;
  score: number;
  evidence: Evidence[];
}

// Weights in bits of evidence (log2 of how much likelier the observation is for one person than for
// two): positive for agreement, negative for conflict. Tuned on the synthetic population of
// `npm run bench -- dedupe` (src/server/demo/syntheticDuplicates.ts).
const NAME_WEIGHTS: Readonly<Record<NameDifference, number>> = {
  middleMissing: -1,
  middleDiffers: -4,
  givenTypo: -3,
  familyTypo: -3,
  familyVariant: -2,
  alias: -1,
  // Nothing in the names joins them: a shared phone, email or document must (12 or more).
  englishGiven: -9,
};
/**
 * At or above: proposed for review as a duplicate (about 8 to 1 for, given the evidence): the best
 * F1 with precision ≥ 0.97 on the synthetic populations of 100,000 and 1,000,000 records.
 */
export const DUPLICATE_THRESHOLD = 3;

/**
 * The odds, before any other evidence, that two records with this name are one person: fair for a
 * rare name, long for a common one ("Nguyễn Văn Anh" is held by thousands) — `sharing` is how many
 * records have this family and given name, or this whole name when both have the same middle name.
 */
function nameWeight(sharing: number): number {
  return -2 - Math.log2(Math.max(1, sharing));
}

const middleAgrees = (differences: readonly NameDifference[]) =>
  !differences.includes('middleMissing') && !differences.includes('middleDiffers');

/** Takes one piece of evidence; the facts are weighed through it so that a ceiling allocates nothing. */
type Note = (factor: string, weight: number) => void;

/** The evidence of everything but the name and the parents: cheap to weigh, for every compared pair. */
function weighFacts(a: DedupeRecord, b: DedupeRecord, note: Note): void {
  weighBirth(a.birthDate, b.birthDate, note);
  weighPair('sex', a.sex, b.sex, 0.5, -8, note);
  weighPair('hometown', a.hometownProvinceCode, b.hometownProvinceCode, 3, -3, note);
  // A province holds about a hundred communes: one of them shared says more than the province. Two
  // communes named differently weigh little against: a birthplace and a family's home, a text read
  // to the wrong one of a split commune.
  if (a.hometownProvinceCode === b.hometownProvinceCode)
    weighPair('hometownCommune', a.hometownCommuneCode, b.hometownCommuneCode, 4, -1, note);
  weighPair('country', a.residenceCountry, b.residenceCountry, 2, -1, note);
  // Cities are compared within one country only: the same city name elsewhere says nothing.
  if (a.residenceCountry && a.residenceCountry === b.residenceCountry)
    weighPair('city', a.residenceCity, b.residenceCity, 2, -1, note);
  weighShared('phone', a.phones, b.phones, 12, note);
  weighShared('email', a.emails, b.emails, 12, note);
  weighShared('document', a.documentHashes, b.documentHashes, 15, note);
}

/**
 * The most a pair can score, without comparing names or relatives (which can only take away from a
 * perfect match of the whole name, or add RELATIVE_WEIGHT per relative named on both sides): a pair
 * below the threshold here is left without the costly comparisons. Most pairs of a common name's
 * block are.
 */
export function scoreCeiling(a: DedupeRecord, b: DedupeRecord, sharing: NameSharing): number {
  let total = nameWeight(sharing.fullName);
  weighFacts(a, b, (_, weight) => (total += weight));
  for (const relative of a.relatives) if (b.relatives.some((r) => r.role === relative.role)) total += RELATIVE_WEIGHT;
  return total;
}

/**
 * Scores a pair: the evidence for and against their being one person, and the total; at or above
 * DUPLICATE_THRESHOLD the pair is proposed. `sharing`: see nameWeight.
 */
export function scorePair(
  a: DedupeRecord,
  b: DedupeRecord,
  sharing: NameSharing,
  names = { a: parsed(a), b: parsed(b) },
) {
  const differences = compareNames(names.a, names.b);
  if (!differences) return { score: -Infinity, evidence: [{ factor: 'nameDiffers', weight: -Infinity }] };
  const evidence: Evidence[] = [
    middleAgrees(differences)
      ? { factor: 'fullName', weight: nameWeight(sharing.fullName) }
      : { factor: 'name', weight: nameWeight(sharing.familyGiven) },
    ...differences.map((d) => ({ factor: `name.${d}`, weight: NAME_WEIGHTS[d] })),
  ];
  weighFacts(a, b, (factor, weight) => evidence.push({ factor, weight }));
  evidence.push(...relativeEvidence(a.relatives, b.relatives));
  const nonZero = evidence.filter((e) => e.weight !== 0);
  return { score: nonZero.reduce((total, e) => total + e.weight, 0), evidence: nonZero };
}

/**
 * The pair as proposed for review, or null below DUPLICATE_THRESHOLD; the ceiling is tried first
 * so that most pairs of a common name cost no name comparison.
 */
export function proposePair(
  a: DedupeRecord,
  b: DedupeRecord,
  sharing: NameSharing,
  names: { a: ParsedName; b: ParsedName },
): DuplicatePair | null {
  if (scoreCeiling(a, b, sharing) < DUPLICATE_THRESHOLD) return null;
  const { score, evidence } = scorePair(a, b, sharing, names);
  return score >= DUPLICATE_THRESHOLD ? { a: a.id, b: b.id, score, evidence } : null;
}

export function parsed(record: DedupeRecord): ParsedName {
  return parseName(record.fullName, record.aliases);
}

function weighPair(factor: string, a: string | null, b: string | null, agree: number, conflict: number, note: Note) {
  if (a === null || b === null) return;
  if (a === b) note(factor, agree);
  else note(`${factor}Differs`, conflict);
}

function weighShared(factor: string, a: readonly string[], b: readonly string[], weight: number, note: Note) {
  if (a.some((value) => b.includes(value))) note(factor, weight);
}

/** Year, month and day each count when both sides know them; a conflict counts strongly against. */
function weighBirth(a: PartialDate | null, b: PartialDate | null, note: Note): void {
  if (!a || !b) return;
  const yearGap = Math.abs(a.year - b.year);
  if (yearGap > 1) return note('birthYearDiffers', -10);
  if (yearGap === 1) return note('birthYearNear', -3);
  note('birthYear', 6);
  if (!a.month || !b.month) return;
  if (a.day && b.day) {
    if (a.day === b.day && a.month === b.month) return note('birthDate', 8.5);
    if (a.day === b.month && a.month === b.day) return note('birthDateSwapped', 5);
    return note('birthDateDiffers', -14);
  }
  if (a.month !== b.month) return note('birthMonthDiffers', -9);
  note('birthMonth', 3.5);
}

const RELATIVE_WEIGHT = 4;
const PARENTS = ['father', 'mother'];

/**
 * A relative named on both sides in the same relationship counts for; a father or mother with
 * another name counts strongly against (a person has one of each, but may have several brothers).
 */
function relativeEvidence(a: DedupeRecord['relatives'], b: DedupeRecord['relatives']): Evidence[] {
  return a.flatMap((relative) => {
    const others = b.filter((r) => r.role === relative.role);
    if (!others.length) return [];
    const name = parseName(relative.name);
    if (others.some((other) => compareNames(name, parseName(other.name)) !== null)) {
      return [{ factor: PARENTS.includes(relative.role) ? 'parent' : 'relative', weight: RELATIVE_WEIGHT }];
    }
    return PARENTS.includes(relative.role) ? [{ factor: 'parentDiffers', weight: -15 }] : [];
  });
}
