import type { ExpressionBuilder, Kysely } from 'kysely';
import { vietnamDay } from '../../domain/calendar/vietnamDay';
import type { DB } from '../../db/schema';
import type { AgencyChange } from '../../domain/plans/reorganisation';
import { conflict } from '../http/errors';
import { fieldDetail } from '../http/validationError';
import type { ServiceContext } from '../serviceContext';
import { listProvince } from '../access/policy';

/** The tasks (`t`) an agency leads or works on as a partner. */
export const agencyOnTask = (eb: ExpressionBuilder<DB & { t: DB['plan_task'] }, 't'>, agencyId: string) =>
  eb.or([
    eb('t.lead_agency_id', '=', agencyId),
    eb.exists(
      eb.selectFrom('plan_task_partner as x').whereRef('x.task_id', '=', 't.id').where('x.agency_id', '=', agencyId),
    ),
  ]);

/** Whether the agency still owes a report on a task it leads or works on (one not yet accepted). */
async function hasOpenTasks(db: Kysely<DB>, agencyId: string): Promise<boolean> {
  const open = await db
    .selectFrom('plan_task as t')
    .select('t.id')
    .where((eb) => agencyOnTask(eb, agencyId))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('task_report as r')
            .whereRef('r.task_id', '=', 't.id')
            .where('r.agency_id', '=', agencyId)
            .where('r.status', '=', 'accepted'),
        ),
      ),
    )
    .executeTakeFirst();
  return !!open;
}

/** Switching an agency off with work still open would orphan it: a merge hands it to a successor instead. */
export async function assertMayDeactivate(db: Kysely<DB>, agencyId: string): Promise<void> {
  if (await hasOpenTasks(db, agencyId)) throw conflict([fieldDetail('isActive', 'agencyHasOpenTasks')]);
}

/** A rename, recorded like a merge so that the agency's history reads in one place. */
export async function recordRename(
  db: Kysely<DB>,
  ctx: ServiceContext,
  agency: { id: string; province_code: string | null },
  names: { old: string; new: string },
) {
  await db
    .insertInto('agency_change')
    .values({
      province_code: agency.province_code,
      kind: 'rename',
      on_date: vietnamDay(ctx.now()),
      from_agency_ids: [agency.id],
      to_agency_id: agency.id,
      old_name: names.old,
      new_name: names.new,
      created_by: ctx.actor.user.id,
    })
    .execute();
}

/** The reorganisations of the user's province (or the one asked for), oldest first. */
export async function listAgencyChanges(ctx: ServiceContext, province: string | undefined): Promise<AgencyChange[]> {
  const scope = listProvince(ctx.actor.user, province);
  let query = ctx.db
    .selectFrom('agency_change as c')
    .innerJoin('agency as a', 'a.id', 'c.to_agency_id')
    .leftJoin('app_user as u', 'u.id', 'c.created_by')
    .selectAll('c')
    .select(['a.name as to_name', 'u.display_name'])
    .orderBy('c.id');
  if (scope) query = query.where('c.province_code', '=', scope);
  const rows = await query.execute();
  const ids = [...new Set(rows.flatMap((r) => r.from_agency_ids))];
  const names = ids.length
    ? await ctx.db.selectFrom('agency').select(['id', 'name']).where('id', 'in', ids).execute()
    : [];
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    onDate: r.on_date,
    decision: r.decision,
    from: r.from_agency_ids.map((id) => ({ id, name: names.find((n) => n.id === id)?.name ?? '' })),
    to: { id: r.to_agency_id, name: r.to_name },
    oldName: r.old_name,
    newName: r.new_name,
    moved: r.moved,
    at: r.created_at.toISOString(),
    by: r.display_name,
  }));
}
