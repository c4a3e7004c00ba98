import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { addTo } from '../../domain/dedupe/addTo';
import type { DuplicatePair } from '../../domain/dedupe/scorePair';
import { commonnessKeys, matchKeys, typoTolerantKeys } from '../../domain/dedupe/matchKeys';
import { pairSharing, sharingOf } from '../../domain/dedupe/nameSharing';
import { parsed, proposePair, type DedupeRecord } from '../../domain/dedupe/scorePair';
import type { ParsedName } from '../../domain/dedupe/parseName';
import { loadDedupeRecords } from './dedupeRecords';

/** Candidates by each key, phone, email and document hash they are stored under. */
function indexCandidates(candidates: readonly DedupeRecord[], names: ReadonlyMap<string, ParsedName>) {
  const index = new Map<string, DedupeRecord[]>();
  const add = (key: string, candidate: DedupeRecord) => addTo(index, key, candidate);
  for (const c of candidates) {
    for (const key of matchKeys(names.get(c.id)!, c.birthDate?.year ?? null)) add(`n:${key}`, c);
    for (const phone of c.phones) add(`p:${phone}`, c);
    for (const email of c.emails) add(`e:${email}`, c);
    for (const hash of c.documentHashes) add(`d:${hash}`, c);
  }
  return index;
}

/** How many live persons share each commonness key (kept by triggers in person_name_count). */
async function storedCounts(db: Kysely<DB>, keys: readonly string[]): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('person_name_count')
    .select(['name_commonness_key', 'count'])
    .where('name_commonness_key', '=', sql<string>`any(${keys}::text[])`)
    .execute();
  return new Map(rows.map((r) => [r.name_commonness_key, r.count]));
}

/**
 * The registry's persons that may be the same as each of `records` (stored or not): candidates
 * found by name key, phone, email or identity document, then scored. `typos`: also look for
 * one-letter typos in the name (a few hundred keys a record: for single records, not whole imports).
 * Pairs are (record id, registry id).
 */
export async function findRegistryMatches(
  db: Kysely<DB>,
  records: readonly DedupeRecord[],
  { typos }: { typos: boolean },
): Promise<DuplicatePair[]> {
  if (!records.length) return [];
  const names = records.map(parsed);
  const lookups = records.map((record, i) => {
    const year = record.birthDate?.year ?? null;
    const keys = typos ? typoTolerantKeys(names[i]!, year) : matchKeys(names[i]!, year);
    return [
      ...keys.map((k) => `n:${k}`),
      ...record.phones.map((p) => `p:${p}`),
      ...record.emails.map((e) => `e:${e}`),
      ...record.documentHashes.map((d) => `d:${d}`),
    ];
  });
  const valuesOf = (prefix: string) =>
    [...new Set(lookups.flat().filter((k) => k.startsWith(prefix)))].map((k) => k.slice(2));
  // One index lookup each, ids first: a single OR, or a join, lets the planner read the whole table.
  const { rows: found } = await sql<{ id: string }>`
    select person_id as id from person_match_key where key = any(${valuesOf('n:')}::text[])
    union select id from person where phones && ${valuesOf('p:')}::text[]
    union select id from person where emails && ${valuesOf('e:')}::text[]
    union select person_id from person_identity_document where number_hash = any(${valuesOf('d:')}::text[])`.execute(
    db,
  );
  const candidates = await loadDedupeRecords(db, sql`id = any(${found.map((f) => f.id)}::uuid[])`);
  const candidateNames = new Map(candidates.map((c) => [c.id, parsed(c)]));
  const index = indexCandidates(candidates, candidateNames);
  const keys = [...names, ...candidateNames.values()].flatMap((name) => Object.values(commonnessKeys(name)));
  const counts = await storedCounts(db, [...new Set(keys)]);
  return records.flatMap((record, i) => {
    const found = new Set(lookups[i]!.flatMap((key) => index.get(key) ?? []));
    return [...found].flatMap((candidate) => {
      if (candidate.id === record.id) return [];
      const candidateName = candidateNames.get(candidate.id)!;
      const sharing = pairSharing(sharingOf(counts, names[i]!), sharingOf(counts, candidateName));
      return proposePair(record, candidate, sharing, { a: names[i]!, b: candidateName }) ?? [];
    });
  });
}
