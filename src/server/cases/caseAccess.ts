import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { DB } from '../../db/schema';
import { refusedRecord } from '../audit/refusedRecord';
import { can } from '../../domain/auth/roles';
import type { CurrentUser } from '../../domain/auth/schemas';
import { provinceScope } from '../auth/jurisdiction';
import type { ServiceContext } from '../serviceContext';

/** Administrators (cases.manage) see and assign every case of their jurisdiction; officers only their own. */
export const managesCases = (user: CurrentUser) => can(user.role, 'cases.manage');

/**
 * The cases (table alias `c`) a user may see: a national administrator all of them, a province
 * administrator those of the province, anyone else those assigned to them — and of their province
 * still: an officer moved to another province no longer sees the cases left behind.
 */
export function visibleCaseCondition(user: CurrentUser): RawBuilder<SqlBool> {
  const scope = provinceScope(user);
  const inScope = scope ? sql<SqlBool>`c.province_code = ${scope}` : sql<SqlBool>`true`;
  return managesCases(user) ? inScope : sql<SqlBool>`(c.assigned_to = ${user.id} and ${inScope})`;
}

/**
 * A case the user may see, locked for a change in the caller's transaction; 404 for one they may
 * not (its existence is itself sensitive).
 */
export async function caseInHands(db: Kysely<DB>, ctx: ServiceContext, id: string) {
  const row = await db
    .selectFrom('protection_case as c')
    .selectAll('c')
    .where('c.id', '=', id)
    .where(visibleCaseCondition(ctx.actor.user))
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw await refusedRecord(db, 'protection_case', id);
  return row;
}
