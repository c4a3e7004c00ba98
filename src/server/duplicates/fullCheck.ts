import { sql, type Kysely, type SqlBool } from 'kysely';
import type { DB } from '../../db/schema';
import { findDuplicates } from '../../domain/duplicates/findDuplicates';
import type { DuplicatePair } from '../../domain/duplicates/scorePair';
import { parsed, proposePair } from '../../domain/duplicates/scorePair';
import { pairSharing, sharingOf } from '../../domain/duplicates/nameSharing';
import { loadDedupeRecords } from './dedupeRecords';
import { storedNameCounts } from './nameCounts';
import { savePairs } from './pairStore';

export interface FullCheckResult {
  records: number;
  comparisons: number;
  pairs: number;
}

// Records sharing a phone, email or document with more than this many others: a shared office or
// agency contact, not one person's.
const MAX_CONTACT_GROUP = 20;

/**
 * Pairs of persons of different (or unknown) birth years who share a phone, email or identity
 * document: the only duplicates the year-by-year pass cannot see.
 */
async function contactPairsAcrossYears(db: Kysely<DB>): Promise<[string, string][]> {
  const { rows } = await sql<{ a: string; b: string }>`
    with shared as (
      select id, 'p:' || unnest(phones) as v from person where deleted_at is null
      union all select id, 'e:' || unnest(emails) from person where deleted_at is null
      union all select d.person_id, 'd:' || d.number_hash from person_identity_document d
        join person p on p.id = d.person_id where p.deleted_at is null
    ), groups as (
      select array_agg(distinct id) as ids from shared group by v
      having count(distinct id) between 2 and ${MAX_CONTACT_GROUP}
    )
    select distinct x.id as a, y.id as b
    from groups g, unnest(g.ids) as x(id), unnest(g.ids) as y(id), person px, person py
    where x.id < y.id and px.id = x.id and py.id = y.id
      and px.birth_year is distinct from py.birth_year`.execute(db);
  return rows.map((r) => [r.a, r.b]);
}

async function scoreContactPairs(db: Kysely<DB>, sharing: Map<string, number>): Promise<DuplicatePair[]> {
  const pairs = await contactPairsAcrossYears(db);
  if (!pairs.length) return [];
  const ids = [...new Set(pairs.flat())];
  const records = new Map((await loadDedupeRecords(db, sql`id = any(${ids}::uuid[])`)).map((r) => [r.id, r]));
  return pairs.flatMap(([a, b]) => {
    const [ra, rb] = [records.get(a)!, records.get(b)!];
    const names = { a: parsed(ra), b: parsed(rb) };
    return proposePair(ra, rb, pairSharing(sharingOf(sharing, names.a), sharingOf(sharing, names.b)), names) ?? [];
  });
}

/**
 * Checks the whole registry: records are compared within blocks (see blockingKeys), one birth
 * year at a time so that memory stays bounded, then across years by shared contacts. Found pairs
 * are stored (decisions kept); open pairs not found again are dropped. `onYear` reports progress.
 */
export async function checkWholeRegistry(
  db: Kysely<DB>,
  onYear: (done: number, of: number) => void = () => {},
): Promise<FullCheckResult> {
  // The database's clock: pairs it stamps are compared with it.
  const { rows } = await sql<{ started: Date }>`select now() as started`.execute(db);
  const started = rows[0]!.started;
  const sharing = await storedNameCounts(db);
  const years = await db.selectFrom('person').select('birth_year').distinct().where('deleted_at', 'is', null).execute();
  const result: FullCheckResult = { records: 0, comparisons: 0, pairs: 0 };
  for (const [i, { birth_year }] of years.entries()) {
    const condition = birth_year === null ? sql<SqlBool>`birth_year is null` : sql<SqlBool>`birth_year = ${birth_year}`;
    const records = await loadDedupeRecords(db, condition);
    const { pairs, comparisons } = findDuplicates(records, sharing);
    await savePairs(db, pairs);
    result.records += records.length;
    result.comparisons += comparisons;
    result.pairs += pairs.length;
    onYear(i + 1, years.length);
  }
  const contactPairs = await scoreContactPairs(db, sharing);
  await savePairs(db, contactPairs);
  result.pairs += contactPairs.length;
  await db.deleteFrom('duplicate_pair').where('status', '=', 'open').where('checked_at', '<', started).execute();
  return result;
}
