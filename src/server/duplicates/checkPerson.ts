import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { loadDedupeRecords } from './dedupeRecords';
import { savePairs } from './pairStore';
import { findRegistryMatches } from './registryMatches';

/**
 * The incremental check, run when a person is created or changed: their possible duplicates become
 * open pairs, and open pairs of theirs that no longer score are dropped. Returns the pairs found.
 */
export async function checkPersonForDuplicates(db: Kysely<DB>, personId: string): Promise<number> {
  const records = await loadDedupeRecords(db, sql`id = ${personId}`);
  const pairs = await findRegistryMatches(db, records, { typos: true });
  await savePairs(db, pairs);
  const others = pairs.map((p) => p.b);
  await db
    .deleteFrom('duplicate_pair')
    .where('status', '=', 'open')
    .where((eb) => eb.or([eb('person_a', '=', personId), eb('person_b', '=', personId)]))
    .where((eb) =>
      eb.and([
        eb('person_a', '<>', sql<string>`all(${others}::uuid[])`),
        eb('person_b', '<>', sql<string>`all(${others}::uuid[])`),
      ]),
    )
    .execute();
  return pairs.length;
}
