import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { dedupeRecordOf } from '../../domain/duplicates/dedupeRecord';
import type { PersonInput } from '../../domain/persons/personSchemas';
import { hometownOf } from '../persons/personRecord';
import type { IdentityCrypto } from '../secrets/identityCrypto';
import { loadDedupeRecords } from './dedupeRecords';
import { savePairs } from './pairStore';
import { findRegistryMatches } from './registryMatches';

/**
 * The import dry run's check: the rows (not stored) that the registry may already hold. By name
 * key, phone, email and document; one-letter typos are left to the whole-registry check (a few
 * hundred keys a row would make a 2,000-row chunk's lookup too large).
 */
export async function rowsMatchingRegistry(
  db: Kysely<DB>,
  crypto: IdentityCrypto,
  rows: readonly { rowNumber: number; person: PersonInput }[],
): Promise<Set<number>> {
  const records = rows.map((r) =>
    dedupeRecordOf(String(r.rowNumber), r.person, hometownOf(r.person), (n) => crypto.lookupHash(n)),
  );
  const pairs = await findRegistryMatches(db, records, { typos: false });
  return new Set(pairs.map((p) => Number(p.a)));
}

const CHECK_PAGE = 2_000;
// Past this many persons, one whole-registry check (each birth year read once) costs less than
// looking up each person's blocks, which reads every record sharing their names, page after page:
// 200 s for 99,000 imported persons, against about 15 s.
const LOOKUP_MAX_PERSONS = 5_000;

/** Whether a committed batch of this many persons is checked by one whole-registry check. */
export const isCheckedAsWholeRegistry = (persons: number) => persons > LOOKUP_MAX_PERSONS;

/** A committed batch whose persons have not been checked yet, or undefined. */
export function batchAwaitingCheck(db: Kysely<DB>, batchId: string) {
  return db
    .selectFrom('import_batch')
    .select(['id', 'rows_committed'])
    .where('id', '=', batchId)
    .where('status', '=', 'committed')
    .where('duplicates_checked_at', 'is', null)
    .executeTakeFirst();
}

/** Records a batch's check as done, with how many open pairs now involve its persons. */
export async function markBatchChecked(db: Kysely<DB>, batchId: string): Promise<void> {
  await sql`
    update import_batch set duplicates_checked_at = now(), duplicate_pairs = (
      select count(*)::int from duplicate_pair dp
      where dp.status = 'open' and exists (
        select from person p where p.id in (dp.person_a, dp.person_b) and p.import_batch_id = ${batchId}
      )
    )
    where id = ${batchId}`.execute(db);
}

/** The batch's persons looked up in the registry, 2,000 at a time. */
export async function checkBatchPersons(db: Kysely<DB>, batchId: string): Promise<void> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const page = await db
      .selectFrom('person')
      .select('id')
      .where('import_batch_id', '=', batchId)
      .where('id', '>', after)
      .orderBy('id')
      .limit(CHECK_PAGE)
      .execute();
    if (!page.length) return;
    const records = await loadDedupeRecords(db, sql`id = any(${page.map((p) => p.id)}::uuid[])`);
    await savePairs(db, await findRegistryMatches(db, records, { typos: false }));
    after = page.at(-1)!.id;
  }
}
