import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';

/**
 * How many live persons share each commonness key (kept by triggers in person_name_count): the
 * given keys, or every key when none are given (the whole-registry check).
 */
export async function storedNameCounts(db: Kysely<DB>, keys?: readonly string[]): Promise<Map<string, number>> {
  if (keys && !keys.length) return new Map();
  const rows = await db
    .selectFrom('person_name_count')
    .select(['name_commonness_key', 'count'])
    .$if(keys !== undefined, (query) => query.where('name_commonness_key', '=', sql<string>`any(${keys}::text[])`))
    .execute();
  return new Map(rows.map((r) => [r.name_commonness_key, r.count]));
}
