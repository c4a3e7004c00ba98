import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { can } from '../../domain/auth/roles';
import type { CurrentUser } from '../../domain/auth/schemas';
import { isInJurisdiction } from '../auth/jurisdiction';
import { notFound } from '../http/errors';
import type { ServiceContext } from '../serviceContext';

/**
 * Who sees every task of a plan: the Sở Ngoại vụ (plans.manage) and read-only viewers. An agency
 * user sees only the tasks their agency leads or works on, and only their own agency's reports.
 */
export const seesAllTasks = (user: CurrentUser) => can(user.role, 'plans.manage') || user.role === 'viewer';

/** A plan of the user's jurisdiction; 404 otherwise. */
export async function planInHands(db: Kysely<DB>, ctx: ServiceContext, id: string) {
  const plan = await db.selectFrom('plan').selectAll().where('id', '=', id).executeTakeFirst();
  if (!plan || !isInJurisdiction(ctx.actor.user, plan.province_code)) throw notFound(plan?.province_code);
  return plan;
}
