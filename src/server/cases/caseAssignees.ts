import type { Role } from '../../domain/auth/roles';
import type { ServiceContext } from '../serviceContext';
import { listProvince } from '../access/policy';

const ASSIGNABLE_ROLES: readonly Role[] = ['province_officer', 'province_admin', 'mission_officer'];

/**
 * The active officers a case may go to: a mission officer's colleagues of the mission, else those
 * of a province (the administrator's own, or the one asked for).
 */
export async function caseAssignees(ctx: ServiceContext, province: string | undefined) {
  const mission = ctx.actor.user.mission;
  let query = ctx.db
    .selectFrom('app_user')
    .select(['id', 'display_name', 'province_code'])
    .where('is_active', '=', true)
    .where('role', 'in', ASSIGNABLE_ROLES)
    .orderBy('display_name');
  if (ctx.actor.user.role === 'mission_officer') query = query.where('mission_id', '=', mission?.id ?? null);
  else {
    const scope = listProvince(ctx.actor.user, province);
    query = query.where('mission_id', 'is', null);
    if (scope) query = query.where('province_code', '=', scope);
  }
  const users = await query.execute();
  return users.map((u) => ({ id: u.id, name: u.display_name, provinceCode: u.province_code }));
}
