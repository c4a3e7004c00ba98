import { dedupeRecordOf, relativesOf } from '../../domain/duplicates/dedupeRecord';
import type { DedupeRecord } from '../../domain/duplicates/scorePair';
import type { PersonInput } from '../../domain/persons/personSchemas';
import { pick, seededRandom } from './random';
import { ENGLISH_NAMES, syntheticPersons } from './syntheticPersons';

/** The ways one person's second record differs from the first, as they arrive from provinces and imports. */
export const VARIATIONS = [
  'noDiacritics',
  'allCaps',
  'westernOrder',
  'commaForm',
  'middleDropped',
  'typo',
  'englishName',
  'familyVariant',
  'yearOnly',
  'dayMonthSwapped',
  'moved',
  'contactsDropped',
] as const;
export type Variation = (typeof VARIATIONS)[number];

export interface SyntheticPopulation {
  /** The persons as they would be entered, `records` their duplicate-detection view (same order). */
  persons: PersonInput[];
  records: DedupeRecord[];
  /** Pairs of ids that are one person ("a|b", a < b), with the variations between them. */
  duplicatePairs: Map<string, Variation[]>;
  /** Pairs built to look alike but be two people: same name and birth year, another date or father. */
  hardNonDuplicatePairs: Set<string>;
  variationCounts: Record<Variation, number>;
}

export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

const stripMarks = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
const FAMILY_SWAPS: Readonly<Record<string, string>> = { Hoàng: 'Huỳnh', Huỳnh: 'Hoàng', Vũ: 'Võ', Võ: 'Vũ' };

// Identity numbers stand for their own hash here: equal numbers, equal hashes.
const toRecord = (id: string, person: PersonInput) =>
  dedupeRecordOf(
    id,
    person,
    { provinceCode: person.hometownProvinceCode, communeCode: person.hometownCommuneCode },
    (number) => number,
  );

/**
 * A population of made-up persons with known duplicates: `size` persons, a share of whom get a second
 * (or third) record with one or two variations, and look-alikes that are other people. Seeded: the
 * same seed gives the same population.
 */
export function syntheticPopulation(seed: number, size: number, duplicateShare = 0.1, lookAlikeShare = 0.05) {
  const random = seededRandom(seed);
  const nextPerson = syntheticPersons(seed);
  const population: SyntheticPopulation = {
    persons: [],
    records: [],
    duplicatePairs: new Map(),
    hardNonDuplicatePairs: new Set(),
    variationCounts: Object.fromEntries(VARIATIONS.map((v) => [v, 0])) as Record<Variation, number>,
  };
  let nextId = 0;
  const add = (person: PersonInput) => {
    const record = toRecord(`p${++nextId}`, person);
    population.persons.push(person);
    population.records.push(record);
    return { id: record.id, person };
  };
  for (let i = 0; i < size; i++) {
    const original = add(nextPerson());
    if (random() < duplicateShare) {
      const copies = random() < 0.2 ? 2 : 1;
      const cluster: { id: string; variations: Variation[] }[] = [{ id: original.id, variations: [] }];
      for (let c = 0; c < copies; c++) {
        const variations = pickVariations(random);
        let copy = { ...original.person };
        for (const v of variations) {
          copy = vary(copy, v, random);
          population.variationCounts[v]++;
        }
        cluster.push({ id: add(copy).id, variations });
      }
      // Every two records of one person are a duplicate pair, the copies among themselves too.
      for (const [x, first] of cluster.entries()) {
        for (const second of cluster.slice(x + 1)) {
          population.duplicatePairs.set(pairKey(first.id, second.id), [...first.variations, ...second.variations]);
        }
      }
    }
    if (random() < lookAlikeShare && original.person.birthDate?.day) {
      const other = add(lookAlike(original.person, nextPerson(), random));
      population.hardNonDuplicatePairs.add(pairKey(original.id, other.id));
    }
  }
  return population;
}

// Two ways of ordering a name at once would make a name no one writes.
const NAME_ORDERS: readonly Variation[] = ['westernOrder', 'commaForm'];

/** One variation, or two that can go together. */
function pickVariations(random: () => number): Variation[] {
  const first = pick(random, VARIATIONS);
  if (random() < 0.5) return [first];
  const second = pick(random, VARIATIONS);
  const clash = second === first || (NAME_ORDERS.includes(first) && NAME_ORDERS.includes(second));
  return clash ? [first] : [first, second];
}

/** Another person with the same name and birth year: another day of birth, or the same day and another father. */
function lookAlike(original: PersonInput, someone: PersonInput, random: () => number): PersonInput {
  const record = { ...someone, fullName: original.fullName, sex: original.sex };
  const date = original.birthDate!;
  const originalFather = relativesOf(original.relatives).find((r) => r.role === 'father');
  if (!originalFather || random() < 0.5) {
    const day = (date.day! % 28) + 1;
    return { ...record, birthDate: { ...date, day } };
  }
  const family = original.fullName.split(' ')[0];
  const father = `${family} ${pick(random, ['Văn', 'Hữu', 'Đức'])} ${pick(random, ['Tám', 'Chín', 'Mười', 'Tư'])}`;
  return {
    ...record,
    birthDate: date,
    hometownProvinceCode: original.hometownProvinceCode,
    relatives: [
      {
        relativeId: null,
        fullName: originalFather.name === father ? `${father} Hai` : father,
        relationship: 'cha',
        phone: null,
        address: null,
        provinceCode: null,
      },
    ],
  };
}

function vary(record: PersonInput, variation: Variation, random: () => number): PersonInput {
  // An English name in parentheses stays at the end, whatever is done to the name before it.
  const alias = /\s*\([^)]*\)$/.exec(record.fullName)?.[0] ?? '';
  const varied = varyName(record.fullName.slice(0, record.fullName.length - alias.length), variation, random);
  if (varied !== null) return { ...record, fullName: varied + alias };
  return varyFacts(record, variation, random);
}

/** The name as the variation writes it; null for variations of other facts. */
function varyName(name: string, variation: Variation, random: () => number): string | null {
  const words = name.split(' ');
  const [family = '', ...rest] = words;
  const given = rest.at(-1) ?? '';
  const middle = rest.slice(0, -1);
  switch (variation) {
    case 'noDiacritics':
      return stripMarks(name);
    case 'allCaps':
      return name.toUpperCase();
    case 'westernOrder':
      return stripMarks([given, ...middle, family].join(' '));
    case 'commaForm':
      return `${stripMarks(family)}, ${stripMarks([...middle, given].join(' '))}`;
    case 'middleDropped':
      return `${family} ${given}`;
    case 'typo':
      return [family, ...middle, typo(given, random)].join(' ');
    case 'englishName':
      return `${name} (${pick(random, ENGLISH_NAMES)})`;
    case 'familyVariant':
      return FAMILY_SWAPS[family] ? [FAMILY_SWAPS[family], ...rest].join(' ') : name;
    default:
      return null;
  }
}

function varyFacts(record: PersonInput, variation: Variation, random: () => number): PersonInput {
  switch (variation) {
    case 'yearOnly':
      return record.birthDate ? { ...record, birthDate: { year: record.birthDate.year } } : record;
    case 'dayMonthSwapped': {
      const d = record.birthDate;
      if (!d?.day || !d.month || d.day > 12) return record;
      return { ...record, birthDate: { year: d.year, month: d.day, day: d.month } };
    }
    case 'moved':
      return { ...record, residenceCountry: pick(random, ['DE', 'FR', 'AU', 'CA', 'JP', 'KR']) };
    case 'contactsDropped':
      return { ...record, phones: [], emails: [], identityDocuments: [] };
    default:
      return record;
  }
}

/** One letter of a word of three or more letters replaced, doubled or left out. */
function typo(word: string, random: () => number): string {
  if (word.length < 3) return word;
  const i = 1 + Math.floor(random() * (word.length - 1));
  const kind = random();
  if (kind < 0.33) return word.slice(0, i) + word.slice(i + 1);
  if (kind < 0.66) return word.slice(0, i) + word[i - 1] + word.slice(i);
  return word.slice(0, i) + pick(random, [...'aeiounhtg']) + word.slice(i + 1);
}
