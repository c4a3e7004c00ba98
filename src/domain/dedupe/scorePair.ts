import type { PartialDate } from '../persons/partialDate';
import { compareNames, type NameDifference } from './compareNames';
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
  residenceCountry: string | null;
  phones: string[];
  emails: string[];
  /** Keyed hashes of identity document numbers. */
  documentHashes: string[];
  parents: { role: 'father' | 'mother'; name: string }[];
}

export interface Evidence {
  factor: string;
  weight: number;
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
};
/** At or above: proposed for review as a duplicate (about 2 to 1 for, given the evidence). */
export const DUPLICATE_THRESHOLD = 1;

/**
 * The odds, before any other evidence, that two records with this name are one person: fair for a
 * rare name, long for a common one ("Nguyễn Văn Anh" is held by thousands) — `sharing` is how many
 * records have this family and given name.
 */
function nameWeight(sharing: number): number {
  return -2 - Math.log2(Math.max(1, sharing));
}

/**
 * Scores a pair: the evidence for and against their being one person, and the total; at or above
 * DUPLICATE_THRESHOLD the pair is proposed. `nameSharing`: see nameWeight.
 */
export function scorePair(
  a: DedupeRecord,
  b: DedupeRecord,
  nameSharing: number,
  names = { a: parsed(a), b: parsed(b) },
) {
  const differences = compareNames(names.a, names.b);
  if (!differences) return { score: -Infinity, evidence: [{ factor: 'nameDiffers', weight: -Infinity }] };
  const evidence: Evidence[] = [
    { factor: 'name', weight: nameWeight(nameSharing) },
    ...differences.map((d) => ({ factor: `name.${d}`, weight: NAME_WEIGHTS[d] })),
    ...birthEvidence(a.birthDate, b.birthDate),
    ...pairEvidence('sex', a.sex, b.sex, 0.5, -8),
    ...pairEvidence('hometown', a.hometownProvinceCode, b.hometownProvinceCode, 3, -3),
    ...pairEvidence('country', a.residenceCountry, b.residenceCountry, 2, -1),
    ...sharedEvidence('phone', a.phones, b.phones, 12),
    ...sharedEvidence('email', a.emails, b.emails, 12),
    ...sharedEvidence('document', a.documentHashes, b.documentHashes, 15),
    ...parentEvidence(a.parents, b.parents),
  ].filter((e) => e.weight !== 0);
  return { score: evidence.reduce((sum, e) => sum + e.weight, 0), evidence };
}

export function parsed(record: DedupeRecord): ParsedName {
  return parseName(record.fullName, record.aliases);
}

function pairEvidence(factor: string, a: string | null, b: string | null, agree: number, conflict: number) {
  if (a === null || b === null) return [];
  return [{ factor: a === b ? factor : `${factor}Differs`, weight: a === b ? agree : conflict }];
}

function sharedEvidence(factor: string, a: readonly string[], b: readonly string[], weight: number) {
  return a.some((value) => b.includes(value)) ? [{ factor, weight }] : [];
}

/** Year, month and day each count when both sides know them; a conflict counts strongly against. */
function birthEvidence(a: PartialDate | null, b: PartialDate | null): Evidence[] {
  if (!a || !b) return [];
  const yearGap = Math.abs(a.year - b.year);
  if (yearGap > 1) return [{ factor: 'birthYearDiffers', weight: -10 }];
  if (yearGap === 1) return [{ factor: 'birthYearNear', weight: -3 }];
  const year = { factor: 'birthYear', weight: 6 };
  if (!a.month || !b.month) return [year];
  if (a.day && b.day) {
    if (a.day === b.day && a.month === b.month) return [year, { factor: 'birthDate', weight: 8.5 }];
    if (a.day === b.month && a.month === b.day) return [year, { factor: 'birthDateSwapped', weight: 5 }];
    return [year, { factor: 'birthDateDiffers', weight: -14 }];
  }
  if (a.month !== b.month) return [year, { factor: 'birthMonthDiffers', weight: -9 }];
  return [year, { factor: 'birthMonth', weight: 3.5 }];
}

/** A father or mother named on both sides: the same name counts for, a different one strongly against. */
function parentEvidence(a: DedupeRecord['parents'], b: DedupeRecord['parents']): Evidence[] {
  return a.flatMap((parent) => {
    const other = b.find((p) => p.role === parent.role);
    if (!other) return [];
    const same = compareNames(parseName(parent.name), parseName(other.name)) !== null;
    return [{ factor: same ? 'parent' : 'parentDiffers', weight: same ? 4 : -15 }];
  });
}
