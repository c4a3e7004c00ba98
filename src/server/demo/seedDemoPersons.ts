import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { writeAudit } from '../audit/writeAudit';
import { bulkInsertPersons } from '../persons/bulkInsertPersons';
import type { IdentityCrypto } from '../secrets/identityCrypto';
import { syntheticPersons } from './syntheticPersons';

const DEMO_SEED = 20250701;
const BATCH = 500;

/**
 * On a registry with no persons, adds `count` made-up persons so that a newcomer sees a working
 * system. Returns how many were added (0 when the registry already had data).
 */
export async function seedDemoPersons(db: Kysely<DB>, crypto: IdentityCrypto, count: number): Promise<number> {
  const existing = await db.selectFrom('person').select('id').limit(1).executeTakeFirst();
  if (existing || count <= 0) return 0;
  const next = syntheticPersons(DEMO_SEED);
  for (let done = 0; done < count; done += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, count - done) }, next);
    await bulkInsertPersons(db, crypto, batch, null);
  }
  // Fresh statistics for the planner's estimates; PGlite has no autovacuum to gather them.
  await sql`analyze person`.execute(db);
  await writeAudit(db, { userId: null, username: null, action: 'person.demo_seed', details: { count } });
  return count;
}
