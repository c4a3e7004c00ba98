import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/connection';
import { openScratchDatabase } from '../../../src/db/scratchDatabase';
import { pairSharing, sharingOf } from '../../../src/domain/duplicates/nameSharing';
import type { PersonInput } from '../../../src/domain/persons/personSchemas';
import { DUPLICATE_THRESHOLD, parsed, scorePair, type DedupeRecord } from '../../../src/domain/duplicates/scorePair';
import { syntheticPopulation } from '../../../src/server/demo/syntheticDuplicates';
import { loadDedupeRecords } from '../../../src/server/duplicates/dedupeRecords';
import { findRegistryMatches } from '../../../src/server/duplicates/registryMatches';
import { insertPersons } from '../../../src/server/persons/writes/bulkPersonWrites';
import { createIdentityCrypto } from '../../../src/server/secrets/identityCrypto';

/**
 * Two pairs that only their relatives or documents prove: same rare name and birth year, the rest
 * against (another country, no hometown; another birth date).
 */
function provenByChildren(template: PersonInput): PersonInput[] {
  const base: PersonInput = {
    ...template,
    sex: 'male',
    hometownProvinceCode: null,
    hometownText: null,
    phones: [],
    emails: [],
    identityDocuments: [],
    relatives: [],
  };
  const uncle = {
    relativeId: null,
    fullName: 'Khúc Văn Tư',
    relationship: 'chú',
    phone: null,
    address: null,
    provinceCode: null,
  };
  const passport = { type: 'passport' as const, number: 'B9876543', issuingCountry: 'VN' };
  const byRelative = { ...base, fullName: 'Khúc Thừa Dụ', birthDate: { year: 1961 }, relatives: [uncle] };
  const byDocument = { ...base, fullName: 'Khúc Thừa Hạo', birthDate: { year: 1962, month: 3, day: 4 } };
  return [
    { ...byRelative, residenceCountry: 'FR' },
    { ...byRelative, residenceCountry: 'DE' },
    { ...byDocument, identityDocuments: [passport] },
    { ...byDocument, birthDate: { year: 1962, month: 5, day: 6 }, identityDocuments: [passport] },
  ];
}

/**
 * One person written three times from one hometown commune: born 1955, 1956 (a year off), and with
 * no birth date; and a namesake born 1958, whom a whole-year gap keeps apart from the first two.
 */
function apartInYears(template: PersonInput): PersonInput[] {
  const fromCaiKhe = {
    ...template,
    fullName: 'Khúc Thị Mỹ',
    sex: 'female' as const,
    hometownProvinceCode: '92',
    hometownCommuneCode: '31120',
    hometownText: null,
    phones: [],
    emails: [],
    identityDocuments: [],
    relatives: [],
  };
  return [1955, 1956, null, 1958].map((year) => ({ ...fromCaiKhe, birthDate: year === null ? null : { year } }));
}

describe('registry matches', () => {
  let database: Database;
  let stored: DedupeRecord[];
  let counts: Map<string, number>;

  beforeAll(async () => {
    database = await openScratchDatabase(process.env.DATABASE_URL, 'cn_test');
    const { persons } = syntheticPopulation(11, 300);
    persons.push(...provenByChildren(persons[0]!), ...apartInYears(persons[0]!));
    const crypto = createIdentityCrypto(randomBytes(32));
    await database.db
      .transaction()
      .execute((trx) => insertPersons(trx, crypto, persons, { userId: null, importBatchId: null }));
    stored = await loadDedupeRecords(database.db, sql`true`);
    const rows = await database.db.selectFrom('person_name_count').selectAll().execute();
    counts = new Map(rows.map((r) => [r.name_commonness_key, r.count]));
  });
  afterAll(() => database.close());

  /** Every stored person that scores as a duplicate of `record`, comparing it with each one. */
  function everyMatch(record: DedupeRecord): string[] {
    return stored
      .filter((other) => {
        if (other.id === record.id) return false;
        const sharing = pairSharing(sharingOf(counts, parsed(record)), sharingOf(counts, parsed(other)));
        return scorePair(record, other, sharing).score >= DUPLICATE_THRESHOLD;
      })
      .map((other) => other.id)
      .sort();
  }

  it('finds, for each person, exactly the duplicates that comparing it with every stored person finds', async () => {
    let withMatches = 0;
    for (const record of stored) {
      const pairs = await findRegistryMatches(database.db, [record], { typos: true });
      const expected = everyMatch(record);
      expect(pairs.map((p) => p.b).sort(), record.fullName).toEqual(expected);
      if (expected.length) withMatches++;
    }
    expect(withMatches).toBeGreaterThan(25);
  });

  it('finds a name whose birth year is one off or unknown, not two apart', async () => {
    // By birth year: the records come back in no particular order.
    const bornIn = (year: number | null) =>
      stored.find((r) => r.fullName === 'Khúc Thị Mỹ' && (r.birthDate?.year ?? null) === year);
    const [born1955, born1956, noBirth, born1958] = [1955, 1956, null, 1958].map(bornIn);
    const matchesOf = async (record: DedupeRecord) =>
      (await findRegistryMatches(database.db, [record], { typos: false })).map((p) => p.b).sort();
    expect(await matchesOf(born1955!)).toEqual([born1956!.id, noBirth!.id].sort());
    expect(await matchesOf(born1958!)).toEqual([noBirth!.id]);
  });
});
