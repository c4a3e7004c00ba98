import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import type { Agency } from '../../domain/plans/planSchemas';
import type { AgencySplit, AgencyWork, Moved } from '../../domain/plans/reorganisation';
import { notFound } from '../http/errors';
import { assertMayDo, ofProvince } from '../access/policy';
import { auditOf } from '../audit/writeAudit';
import { fieldError } from '../http/validationError';
import type { ServiceContext } from '../serviceContext';
import { toAgency } from './agencyService';
import { carryOver, predecessorsOf, successorOf } from './agencyMerge';
import { agencyOnTask } from './agencyChanges';

const audit = auditOf('agency');

/** The tasks an agency leads or works on, with their text (to name one left over) and plan. */
function tasksOf(trx: Kysely<DB>, agencyId: string) {
  return trx
    .selectFrom('plan_task as t')
    .innerJoin('plan as p', 'p.id', 't.plan_id')
    .select(['t.id', 't.content', 't.lead_agency_id', 'p.number as plan_number'])
    .where((eb) => agencyOnTask(eb, agencyId))
    .orderBy('p.issued_on', 'desc')
    .orderBy('t.position')
    .execute();
}

/** An agency's tasks and users, for the officer sharing them out in a split. */
export async function agencyWork(ctx: ServiceContext, agencyId: string): Promise<AgencyWork> {
  const agency = await ctx.db
    .selectFrom('agency')
    .select('province_code')
    .where('id', '=', agencyId)
    .executeTakeFirst();
  if (!agency) throw notFound();
  assertMayDo(ctx.actor.user, 'change', 'agency', ofProvince(agency.province_code));
  const [tasks, users] = await Promise.all([
    tasksOf(ctx.db, agencyId),
    ctx.db
      .selectFrom('app_user')
      .select(['id', 'display_name'])
      .where('agency_id', '=', agencyId)
      .orderBy('display_name')
      .execute(),
  ]);
  return {
    tasks: tasks.map((t) => ({
      id: t.id,
      content: t.content,
      planNumber: t.plan_number,
      role: t.lead_agency_id === agencyId ? ('lead' as const) : ('partner' as const),
    })),
    users: users.map((u) => ({ id: u.id, displayName: u.display_name })),
  };
}

/** Every task and user of the agency given to one part; a task or user not of it refused. */
async function checkShares(trx: Transaction<DB>, agencyId: string, input: AgencySplit) {
  const tasks = await tasksOf(trx, agencyId);
  const unknown = input.tasks.findIndex((share) => !tasks.some((t) => t.id === share.taskId));
  if (unknown >= 0) throw fieldError(`tasks.${unknown}.taskId`, 'splitTaskUnknown');
  const leftOver = tasks.filter((t) => !input.tasks.some((share) => share.taskId === t.id));
  if (leftOver.length)
    throw fieldError('tasks', 'splitTaskLeftOver', { count: leftOver.length, task: leftOver[0]!.content });
  const users = await trx.selectFrom('app_user').select('id').where('agency_id', '=', agencyId).execute();
  const unmoved = users.filter((u) => !input.users.some((share) => share.userId === u.id));
  if (unmoved.length) throw fieldError('users', 'splitUserLeftOver', { count: unmoved.length });
}

/**
 * Chia tách: each part (an existing agency or a new one) takes the tasks given to it, with the
 * agency's reports on them and their history, and the users given to it; the agency stays,
 * inactive; the first part takes its coordinating role if it had one. One change is recorded per
 * part with what it took. Nothing the agency owed is left without an agency.
 */
export async function splitAgency(
  ctx: ServiceContext,
  input: AgencySplit,
): Promise<{ parts: { agency: Agency; moved: Moved }[] }> {
  return ctx.db.transaction().execute(async (trx) => {
    const { rows, province } = await predecessorsOf(trx, ctx, [input.fromAgencyId], () => 'fromAgencyId');
    const from = rows[0]!;
    await checkShares(trx, from.id, input);
    const parts: { id: string; moved: Moved }[] = [];
    for (const [i, into] of input.into.entries()) {
      const successor = await successorOf(trx, ctx, into, { province, predecessors: [from.id], path: `into.${i}` });
      const share = {
        taskIds: input.tasks.filter((t) => t.part === i).map((t) => t.taskId),
        userIds: input.users.filter((u) => u.part === i).map((u) => u.userId),
      };
      parts.push({ id: successor.id, moved: await carryOver(trx, from.id, successor.id, share) });
    }
    await trx
      .updateTable('agency')
      .set({ is_active: false, is_coordinator: false, dissolved_on: input.onDate })
      .where('id', '=', from.id)
      .execute();
    if (from.is_coordinator)
      await trx.updateTable('agency').set({ is_coordinator: true }).where('id', '=', parts[0]!.id).execute();
    await trx
      .insertInto('agency_change')
      .values(
        parts.map((part) => ({
          province_code: province,
          kind: 'split' as const,
          on_date: input.onDate,
          decision: input.decision,
          from_agency_ids: [from.id],
          to_agency_id: part.id,
          moved: JSON.stringify(part.moved),
          created_by: ctx.actor.user.id,
        })),
      )
      .execute();
    await audit(trx, ctx.actor, 'split', from.id, province, { into: parts });
    const stored = await trx
      .selectFrom('agency')
      .selectAll()
      .where(
        'id',
        'in',
        parts.map((p) => p.id),
      )
      .execute();
    return {
      parts: parts.map((part) => ({ agency: toAgency(stored.find((s) => s.id === part.id)!), moved: part.moved })),
    };
  });
}
