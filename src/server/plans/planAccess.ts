import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { notFound } from '../http/errors';
import type { ServiceContext } from '../serviceContext';
import { assertInSight, ofProvince } from '../access/policy';

/** A plan of the user's jurisdiction; 404 otherwise. */
export async function planInHands(db: Kysely<DB>, ctx: ServiceContext, id: string) {
  const plan = await db.selectFrom('plan').selectAll().where('id', '=', id).executeTakeFirst();
  if (!plan) throw notFound();
  assertInSight(ctx.actor.user, 'plan', ofProvince(plan.province_code));
  return plan;
}
