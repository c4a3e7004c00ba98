import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { writeAudit } from '../audit/writeAudit';
import { checkWholeRegistry } from '../duplicates/fullCheck';
import { bulkInsertPersons } from '../persons/writes/bulkPersonWrites';
import type { IdentityCrypto } from '../secrets/identityCrypto';
import { seedAffairs } from './seedAffairs';
import { seedCommunity } from './seedCommunity';
import { seedConsents } from './seedConsents';
import { seedPlan } from './seedPlan';
import { seedMissions } from './seedMissions';
import { seedPortalRequests } from './seedPortalRequests';
import { syntheticPopulation } from './syntheticDuplicates';

const DEMO_SEED = 20250701;
const BATCH = 500;

/**
 * On a registry with no persons, adds `count` made-up persons so that a newcomer sees a working
 * system: some of them recorded twice, as provinces and associations do, and the whole registry
 * checked so that the review queue (Trùng lặp) has work; then associations, experts, a need, cases
 * and a returnee of Cần Thơ (seedCommunity); their consents (seedConsents); Cần Thơ's agencies and 2025 plan with some reports
 * (seedPlan); its cooperation agreements, an event, projects open for investment and a donation
 * (seedAffairs); three kiều bào's requests on the portal, one overdue (seedPortalRequests); ten
 * missions abroad (seedMissions). Returns how many persons were added (none when the registry already had data) and
 * how many pairs were proposed.
 */
export async function seedDemoPersons(db: Kysely<DB>, crypto: IdentityCrypto, count: number, now = new Date()) {
  const existing = await db.selectFrom('person').select('id').limit(1).executeTakeFirst();
  if (existing || count <= 0) return { persons: 0, pairs: 0 };
  const persons = syntheticPopulation(DEMO_SEED, count).persons.slice(0, count);
  for (let done = 0; done < count; done += BATCH) {
    await bulkInsertPersons(db, crypto, persons.slice(done, done + BATCH), null);
  }
  // The whole check refreshes the planner's statistics first (PGlite has no autovacuum).
  const { pairs } = await checkWholeRegistry(db);
  await seedCommunity(db);
  await seedConsents(db);
  await seedPlan(db);
  await seedAffairs(db);
  await seedPortalRequests(db, now);
  await seedMissions(db);
  await writeAudit(db, { userId: null, username: null, action: 'person.demo_seed', details: { count, pairs } });
  return { persons: count, pairs };
}
