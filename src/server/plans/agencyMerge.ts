import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import type { Agency } from '../../domain/plans/planSchemas';
import type { AgencyMerge, Moved, Successor } from '../../domain/plans/reorganisation';
import { normalizeText, toStoredText } from '../../domain/text/normalizeText';
import { auditOf } from '../audit/writeAudit';
import { fieldError } from '../http/validationError';
import type { ServiceContext } from '../serviceContext';
import { assertMayDo, ofProvince } from '../access/policy';
import { toAgency } from './agencyService';

const audit = auditOf('agency');

/** The agencies reorganised: active, of one province the user keeps (`path`: where the request named them). */
export async function predecessorsOf(
  trx: Transaction<DB>,
  ctx: ServiceContext,
  ids: readonly string[],
  path: (i: number) => string,
) {
  const rows = await trx.selectFrom('agency').selectAll().where('id', 'in', ids).execute();
  const province = rows[0]?.province_code;
  const wrong = ids.findIndex((id) => {
    const row = rows.find((r) => r.id === id);
    return !row || !row.is_active || row.province_code !== province;
  });
  if (wrong >= 0) throw fieldError(path(wrong), 'agencyUnknown');
  assertMayDo(ctx.actor.user, 'change', 'agency', ofProvince(province));
  return { rows, province: province ?? null };
}

/** The agency work goes to: an active one of the province, none of the predecessors, or a new one. */
export async function successorOf(
  trx: Transaction<DB>,
  ctx: ServiceContext,
  into: Successor,
  change: { province: string | null; predecessors: readonly string[]; path: string },
) {
  if ('agencyId' in into) {
    const row = await trx.selectFrom('agency').selectAll().where('id', '=', into.agencyId).executeTakeFirst();
    const usable =
      row && row.is_active && row.province_code === change.province && !change.predecessors.includes(row.id);
    if (!usable) throw fieldError(`${change.path}.agencyId`, 'agencyUnknown');
    return row;
  }
  const name = toStoredText(into.name);
  return trx
    .insertInto('agency')
    .values({
      province_code: change.province,
      name,
      name_search: normalizeText(name),
      short_name: into.shortName,
      created_by: ctx.actor.user.id,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The part of a predecessor's work a successor takes (a split): some tasks, some users; all of it when left out. */
export interface WorkPart {
  taskIds: readonly string[];
  userIds: readonly number[];
}

/**
 * Hands one predecessor's work to the successor: its reports (but where both reported on a task,
 * each keeps its own, and the predecessor stays on that task), its lead and partner assignments
 * (merged into the successor's where it has one already) and its users — or only `part` of them.
 */
export async function carryOver(trx: Transaction<DB>, from: string, to: string, part?: WorkPart): Promise<Moved> {
  const ofPart = (column: string) =>
    part ? sql<boolean>`${sql.ref(column)} = any(${[...part.taskIds]}::uuid[])` : sql<boolean>`true`;
  const both = sql`(select r.task_id from task_report r where r.agency_id = ${from}
    and exists (select from task_report s where s.task_id = r.task_id and s.agency_id = ${to}))`;
  const count = (result: { numUpdatedRows?: bigint; numDeletedRows?: bigint }[]) =>
    Number(result[0]?.numUpdatedRows ?? result[0]?.numDeletedRows ?? 0n);
  const keptApart = Number(
    (await sql<{ n: number }>`select count(*)::int as n from ${both} k`.execute(trx)).rows[0]?.n ?? 0,
  );
  const reports = await trx
    .updateTable('task_report')
    .set({ agency_id: to })
    .where('agency_id', '=', from)
    .where(ofPart('task_id'))
    .where(sql<boolean>`task_id not in ${both}`)
    .execute();
  // The successor leads what the predecessor led, no longer also its partner there.
  const leads = await trx
    .updateTable('plan_task')
    .set({ lead_agency_id: to })
    .where('lead_agency_id', '=', from)
    .where(ofPart('id'))
    .where(sql<boolean>`id not in (select task_id from task_report where agency_id = ${from})`)
    .execute();
  await trx
    .deleteFrom('plan_task_partner')
    .where('agency_id', '=', to)
    .where(ofPart('task_id'))
    .where(sql<boolean>`task_id in (select id from plan_task where lead_agency_id = ${to})`)
    .execute();
  await trx
    .deleteFrom('plan_task_partner as x')
    .where('x.agency_id', '=', from)
    .where(ofPart('x.task_id'))
    .where(sql<boolean>`not exists (select from task_report r where r.task_id = x.task_id and r.agency_id = ${from})`)
    .where(
      sql<boolean>`(exists (select from plan_task_partner y where y.task_id = x.task_id and y.agency_id = ${to})
        or exists (select from plan_task t where t.id = x.task_id and t.lead_agency_id = ${to}))`,
    )
    .execute();
  const partners = await trx
    .updateTable('plan_task_partner')
    .set({ agency_id: to })
    .where('agency_id', '=', from)
    .where(ofPart('task_id'))
    .where(sql<boolean>`task_id not in (select task_id from task_report where agency_id = ${from})`)
    .execute();
  const moving = trx.updateTable('app_user').set({ agency_id: to }).where('agency_id', '=', from);
  const users = !part
    ? await moving.execute()
    : part.userIds.length
      ? await moving.where('id', 'in', [...part.userIds]).execute()
      : [];
  return {
    leadTasks: count(leads),
    partnerTasks: count(partners),
    reports: count(reports),
    users: count(users),
    keptApart,
  };
}

export const addMoved = (a: Moved, b: Moved): Moved => ({
  leadTasks: a.leadTasks + b.leadTasks,
  partnerTasks: a.partnerTasks + b.partnerTasks,
  reports: a.reports + b.reports,
  users: a.users + b.users,
  keptApart: a.keptApart + b.keptApart,
});

/**
 * Sáp nhập: the predecessors' tasks, reports (with their history) and users go to the successor,
 * which takes over the coordinating role if one of them held it; the predecessors stay, inactive,
 * pointing at it; the change is recorded with what it carried over.
 */
export async function mergeAgencies(
  ctx: ServiceContext,
  input: AgencyMerge,
): Promise<{ successor: Agency; moved: Moved }> {
  return ctx.db.transaction().execute(async (trx) => {
    const ids = [...new Set(input.fromAgencyIds)];
    const { rows, province } = await predecessorsOf(trx, ctx, ids, (i) => `fromAgencyIds.${i}`);
    const successor = await successorOf(trx, ctx, input.into, { province, predecessors: ids, path: 'into' });
    let moved: Moved = { leadTasks: 0, partnerTasks: 0, reports: 0, users: 0, keptApart: 0 };
    for (const row of rows) moved = addMoved(moved, await carryOver(trx, row.id, successor.id));
    const coordinating = rows.some((r) => r.is_coordinator);
    await trx
      .updateTable('agency')
      .set({ is_active: false, is_coordinator: false, successor_id: successor.id, dissolved_on: input.onDate })
      .where(
        'id',
        'in',
        rows.map((r) => r.id),
      )
      .execute();
    if (coordinating)
      await trx.updateTable('agency').set({ is_coordinator: true }).where('id', '=', successor.id).execute();
    const updated = await trx.selectFrom('agency').selectAll().where('id', '=', successor.id).executeTakeFirstOrThrow();
    await trx
      .insertInto('agency_change')
      .values({
        province_code: province,
        kind: 'merge',
        on_date: input.onDate,
        decision: input.decision,
        from_agency_ids: rows.map((r) => r.id),
        to_agency_id: successor.id,
        moved: JSON.stringify(moved),
        created_by: ctx.actor.user.id,
      })
      .execute();
    await audit(trx, ctx.actor, 'merge', successor.id, province, { from: rows.map((r) => r.id), moved });
    return { successor: toAgency(updated), moved };
  });
}
