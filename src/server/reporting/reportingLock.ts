import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { AppError } from '../http/errors';

/**
 * Approve-and-lock: while a province's response resting on a plan is approved above, the plan and
 * its agencies' reports cannot change (409 APPROVED_LOCKED) until the Ministry un-approves.
 */
export async function assertPlanUnlocked(db: Kysely<DB>, planId: string): Promise<void> {
  const approved = await db
    .selectFrom('reporting_response')
    .select('id')
    .where('plan_id', '=', planId)
    .where('status', '=', 'approved')
    .executeTakeFirst();
  if (approved) throw new AppError(409, 'APPROVED_LOCKED');
}
