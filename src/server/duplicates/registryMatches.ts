import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { addTo } from '../../domain/duplicates/addTo';
import { BIRTH_YEAR_SLACK, commonnessKeys, matchKeys, typoTolerantKeys } from '../../domain/duplicates/matchKeys';
import { pairSharing, sharingOf } from '../../domain/duplicates/nameSharing';
import type { ParsedName } from '../../domain/duplicates/parseName';
import {
  DUPLICATE_THRESHOLD,
  parsed,
  proposePair,
  scoreCeiling,
  type DedupeRecord,
  type DuplicatePair,
} from '../../domain/duplicates/scorePair';
import { loadDedupeRecords } from './dedupeRecords';
import { storedNameCounts } from './nameCounts';

/**
 * What a record's possible duplicates are looked up by: "n:" name keys (and their one-letter typos
 * when `typos`) with the birth year ("n:family|given|1970", "?" unknown), "p:" phones, "e:"
 * emails, "d:" identity document hashes.
 */
function lookupsOf(record: DedupeRecord, name: ParsedName, typos: boolean): string[] {
  const year = record.birthDate?.year ?? '?';
  const keys = typos ? typoTolerantKeys(name) : matchKeys(name);
  return [
    ...keys.map((k) => `n:${k}|${year}`),
    ...record.phones.map((p) => `p:${p}`),
    ...record.emails.map((e) => `e:${e}`),
    ...record.documentHashes.map((d) => `d:${d}`),
  ];
}

/** A name lookup's key and birth year, as the query reads them. */
function nameLookup(lookup: string): { lookup: string; key: string; year: number | null } {
  const at = lookup.lastIndexOf('|');
  const year = lookup.slice(at + 1);
  return { lookup: `n:${lookup}`, key: lookup.slice(0, at), year: year === '?' ? null : Number(year) };
}

/**
 * The persons stored under each lookup, by name within the birth years that may match
 * (birthYearsMayMatch); one index lookup each (a single OR lets the planner read the table).
 */
async function findByLookups(db: Kysely<DB>, lookups: readonly string[]): Promise<Map<string, string[]>> {
  const valuesOf = (prefix: string) =>
    [...new Set(lookups.filter((k) => k.startsWith(prefix)))].map((k) => k.slice(prefix.length));
  const [names = [], phones, emails, documents] = ['n:', 'p:', 'e:', 'd:'].map(valuesOf);
  const { rows } = await sql<{ lookup: string; id: string }>`
    select n.lookup, m.person_id as id
      from jsonb_to_recordset(${JSON.stringify(names.map(nameLookup))}::jsonb) as n(lookup text, key text, year int)
      join person_match_key m on m.key = n.key and (n.year is null or m.birth_year is null
        or m.birth_year between n.year - ${BIRTH_YEAR_SLACK}::int and n.year + ${BIRTH_YEAR_SLACK}::int)
    union all select 'p:' || phone, id from person, unnest(phones) as phone
      where phones && ${phones}::text[] and phone = any(${phones}::text[])
    union all select 'e:' || email, id from person, unnest(emails) as email
      where emails && ${emails}::text[] and email = any(${emails}::text[])
    union all select 'd:' || number_hash, person_id from person_identity_document
      where number_hash = any(${documents}::text[])`.execute(db);
  const found = new Map<string, string[]>();
  for (const row of rows) addTo(found, row.lookup, row.id);
  return found;
}

/** The stored counts of the names' commonness keys. */
function storedCounts(db: Kysely<DB>, names: Iterable<ParsedName>): Promise<Map<string, number>> {
  return storedNameCounts(db, [...new Set([...names].flatMap((name) => Object.values(commonnessKeys(name))))]);
}

/**
 * The registry's persons that may be the same as each of `records` (stored or not), as pairs
 * (record id, registry id). Candidates are found by name key, phone, email or identity document,
 * and first weighed by their own columns: their documents, relatives and name are read only for
 * those that could still reach the threshold — a common name's block is mostly other people.
 * `typos`: also look for one-letter typos in the name (a few hundred keys a record: for single
 * records, not whole imports).
 */
export async function findRegistryMatches(
  db: Kysely<DB>,
  records: readonly DedupeRecord[],
  { typos }: { typos: boolean },
): Promise<DuplicatePair[]> {
  if (!records.length) return [];
  const names = records.map(parsed);
  const lookups = records.map((record, i) => lookupsOf(record, names[i]!, typos));
  const found = await findByLookups(db, lookups.flat());
  const counts = await storedCounts(db, names);
  const ids = [...new Set([...found.values()].flat())];
  const bare = await loadDedupeRecords(db, sql`id = any(${ids}::uuid[])`, { children: false });
  const candidates = new Map(bare.map((c) => [c.id, c]));

  // A bound on each pair's score: the record's own name count (the pair's is at least that), every
  // relative of the record named alike, a document shared when one was found by it.
  const hopeful = records.map((record, i) => {
    const sharing = sharingOf(counts, names[i]!);
    const byDocument = new Set(lookups[i]!.filter((k) => k.startsWith('d:')).flatMap((k) => found.get(k) ?? []));
    const foundIds = new Set(lookups[i]!.flatMap((k) => found.get(k) ?? []));
    return [...foundIds].filter((id) => {
      const candidate = candidates.get(id);
      if (!candidate || id === record.id) return false;
      const documentHashes = byDocument.has(id) ? record.documentHashes : [];
      const standIn = { ...candidate, documentHashes, relatives: record.relatives };
      return scoreCeiling(record, standIn, sharing) >= DUPLICATE_THRESHOLD;
    });
  });
  const survivors = [...new Set(hopeful.flat())];
  if (!survivors.length) return [];
  const full = await loadDedupeRecords(db, sql`id = any(${survivors}::uuid[])`);
  const complete = new Map(full.map((c) => [c.id, { record: c, name: parsed(c) }]));
  for (const [key, count] of await storedCounts(
    db,
    [...complete.values()].map((c) => c.name),
  ))
    counts.set(key, count);

  return records.flatMap((record, i) =>
    hopeful[i]!.flatMap((id) => {
      const candidate = complete.get(id);
      if (!candidate) return [];
      const sharing = pairSharing(sharingOf(counts, names[i]!), sharingOf(counts, candidate.name));
      return proposePair(record, candidate.record, sharing, { a: names[i]!, b: candidate.name }) ?? [];
    }),
  );
}
