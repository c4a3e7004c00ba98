import { sql, type Kysely, type SqlBool } from 'kysely';
import type { DB } from '../../db/schema';
import { refreshRegistryStatistics } from '../../db/refreshStatistics';
import { findDuplicates } from '../../domain/duplicates/findDuplicates';
import { MAX_BLOCK } from '../../domain/duplicates/nameBlocks';
import { BIRTH_YEAR_SLACK } from '../../domain/duplicates/matchKeys';
import { parsed, proposePair, type DuplicatePair } from '../../domain/duplicates/scorePair';
import { pairSharing, sharingOf } from '../../domain/duplicates/nameSharing';
import { loadDedupeRecords } from './dedupeRecords';
import { storedNameCounts } from './nameCounts';
import { savePairs } from './pairStore';

export interface FullCheckResult {
  records: number;
  comparisons: number;
  pairs: number;
}

// Pairs across birth years scored at a time (their records loaded together).
const CROSS_YEAR_SLICE = 20_000;
// Name keys of one slice of the cross-year pass (about 70,000 persons' worth).
const MATCH_KEYS_PER_SLICE = 100_000;

// Records sharing a phone, email or document with more than this many others: a shared office or
// agency contact, not one person's.
const MAX_CONTACT_GROUP = 20;

/**
 * Pairs of persons of different (or unknown) birth years who share a phone, email or identity
 * document, which the year-by-year pass does not compare.
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

/**
 * Pairs of persons under one name key whose birth years differ but may match, which the
 * year-by-year pass does not compare; bounded as findDuplicates bounds them (see nameBlocks): years
 * BIRTH_YEAR_SLACK apart when the two years' groups are no larger than one group of MAX_BLOCK, an
 * unknown year with the known ones when the name is held by at most MAX_BLOCK persons. The years
 * are joined as equal to a year one to BIRTH_YEAR_SLACK on, not as a range: a range joins on the
 * name alone, every pair of a common name's holders (thousands squared), before the years narrow it.
 * One slice of the name keys at a time (by their hash): a national registry has millions of pairs.
 */
async function namePairsAcrossYears(db: Kysely<DB>, slice: { of: number; index: number }): Promise<[string, string][]> {
  const { rows } = await sql<{ a: string; b: string }>`
    with live as (
      select k.key, k.person_id, k.birth_year,
        count(*) over (partition by k.key, k.birth_year) as in_year, count(*) over (partition by k.key) as in_name
      from person_match_key k join person p on p.id = k.person_id
      where p.deleted_at is null and (hashtext(k.key) & 2147483647) % ${slice.of}::int = ${slice.index}::int
    ), near as (
      select x.person_id as a, y.person_id as b from live x
      cross join generate_series(1, ${BIRTH_YEAR_SLACK}::int) as slack(years)
      join live y on y.key = x.key and y.birth_year = x.birth_year + slack.years
      where x.in_year * y.in_year <= ${MAX_BLOCK * MAX_BLOCK}
      union all
      select x.person_id, y.person_id from live x
      join live y on y.key = x.key and y.birth_year is not null
      where x.birth_year is null and x.in_name <= ${MAX_BLOCK}
    )
    select distinct least(a, b) as a, greatest(a, b) as b from near where a <> b`.execute(db);
  return rows.map((r) => [r.a, r.b]);
}

/**
 * Scores pairs and stores those proposed, CROSS_YEAR_SLICE at a time (their records loaded
 * together); returns how many were proposed. A pair found under two name keys is scored twice and
 * stored once (savePairs upserts).
 */
async function scoreAndSave(db: Kysely<DB>, pairs: [string, string][], sharing: Map<string, number>) {
  let proposed = 0;
  for (let from = 0; from < pairs.length; from += CROSS_YEAR_SLICE) {
    const scored = await scorePairsOf(db, pairs.slice(from, from + CROSS_YEAR_SLICE), sharing);
    await savePairs(db, scored);
    proposed += scored.length;
  }
  return proposed;
}

/** The pairs' scores, those proposed. */
async function scorePairsOf(
  db: Kysely<DB>,
  pairs: [string, string][],
  sharing: Map<string, number>,
): Promise<DuplicatePair[]> {
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
 * year at a time so that memory stays bounded, then across years by shared contacts and by name
 * keys where the years may match. Found pairs
 * are stored (decisions kept); open pairs not found again are dropped. `onYear` reports progress.
 */
export async function checkWholeRegistry(
  db: Kysely<DB>,
  onYear: (done: number, of: number) => void = () => {},
): Promise<FullCheckResult> {
  // Fresh statistics first: after a large import the planner would otherwise scan per person.
  await refreshRegistryStatistics(db);
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
  const contactPairs = await contactPairsAcrossYears(db);
  result.pairs += await scoreAndSave(db, contactPairs, sharing);
  const byContact = new Set(contactPairs.map((p) => p.join('|')));
  const { keys } = await db
    .selectFrom('person_match_key')
    .select((eb) => eb.fn.countAll<number>().as('keys'))
    .executeTakeFirstOrThrow();
  const slices = Math.max(1, Math.ceil(keys / MATCH_KEYS_PER_SLICE));
  for (let index = 0; index < slices; index++) {
    const namePairs = await namePairsAcrossYears(db, { of: slices, index });
    result.pairs += await scoreAndSave(
      db,
      namePairs.filter((p) => !byContact.has(p.join('|'))),
      sharing,
    );
  }
  await db.deleteFrom('duplicate_pair').where('status', '=', 'open').where('checked_at', '<', started).execute();
  return result;
}
