import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { can } from '../../domain/auth/roles';
import type { CurrentUser } from '../../domain/auth/schemas';
import { isInJurisdiction } from '../auth/jurisdiction';
import { notFound } from '../http/errors';
import { versionConflict } from '../http/validationError';
import type { ServiceContext } from '../serviceContext';

/**
 * Who sees every task of a plan: the Sở Ngoại vụ (plans.manage) and read-only viewers. An agency
 * user sees only the tasks their agency leads or works on, and only their own agency's reports.
 */
export const seesAllTasks = (user: CurrentUser) => can(user.role, 'plans.manage') || user.role === 'viewer';

/** A plan of the user's jurisdiction (404 otherwise), locked when changing it; with `version`, the one read. */
export async function planInHands(
  db: Kysely<DB>,
  ctx: ServiceContext,
  id: string,
  options: { lock?: boolean; version?: number } = {},
) {
  let query = db.selectFrom('plan').selectAll().where('id', '=', id);
  if (options.lock) query = query.forUpdate();
  const plan = await query.executeTakeFirst();
  if (!plan || !isInJurisdiction(ctx.actor.user, plan.province_code)) throw notFound();
  if (options.version !== undefined && plan.version !== options.version) throw versionConflict(ctx.language);
  return plan;
}
