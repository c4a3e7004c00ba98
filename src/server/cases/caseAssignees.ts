import type { Role } from '../../domain/auth/roles';
import type { ServiceContext } from '../serviceContext';
import { listProvince } from '../access/policy';

const ASSIGNABLE_ROLES: readonly Role[] = ['province_officer', 'province_admin'];

/** The active officers of a province (the administrator's own, or the one asked for) a case may go to. */
export async function caseAssignees(ctx: ServiceContext, province: string | undefined) {
  const scope = listProvince(ctx.actor.user, province);
  let query = ctx.db
    .selectFrom('app_user')
    .select(['id', 'display_name', 'province_code'])
    .where('is_active', '=', true)
    .where('role', 'in', ASSIGNABLE_ROLES)
    .orderBy('display_name');
  if (scope) query = query.where('province_code', '=', scope);
  const users = await query.execute();
  return users.map((u) => ({ id: u.id, name: u.display_name, provinceCode: u.province_code }));
}
