import type { ServiceContext } from '../serviceContext';
import { auditOf } from '../audit/writeAudit';
import { readPlan } from './planService';
import { assignmentsOf } from '../../domain/plans/assignments';
import { presentRow } from '../records/presentRow';

const audit = auditOf('plan');

/**
 * Reminds every agency of a plan that still owes reports (not yet submitted, overdue, or returned):
 * one reminder each, naming how many tasks. Returns the reminders sent.
 */
export async function sendReminders(ctx: ServiceContext, planId: string, message: string | null) {
  const plan = await readPlan(ctx, planId);
  const owing = new Map<string, { agencyName: string; tasks: number }>();
  for (const a of assignmentsOf(plan.taskList)) {
    if (a.standing !== 'pending' && a.standing !== 'overdue' && a.standing !== 'returned') continue;
    const entry = owing.get(a.agencyId) ?? { agencyName: a.agencyName, tasks: 0 };
    entry.tasks += 1;
    owing.set(a.agencyId, entry);
  }
  const sent = [...owing].map(([agencyId, { agencyName, tasks }]) => ({ agencyId, agencyName, tasks }));
  await ctx.db.transaction().execute(async (trx) => {
    if (sent.length) {
      await trx
        .insertInto('plan_reminder')
        .values(
          sent.map((s) => ({
            plan_id: planId,
            agency_id: s.agencyId,
            tasks: s.tasks,
            message,
            sent_by: ctx.actor.user.id,
          })),
        )
        .execute();
    }
    await audit(trx, ctx.actor, 'reminders', planId, plan.provinceCode, { agencies: sent.length });
  });
  return sent;
}

/** The reminders sent to the user's agency, newest first. */
export async function myReminders(ctx: ServiceContext) {
  const agencyId = ctx.actor.user.agencyId;
  if (!agencyId) return [];
  const rows = await ctx.db
    .selectFrom('plan_reminder as r')
    .innerJoin('plan as p', 'p.id', 'r.plan_id')
    .leftJoin('app_user as u', 'u.id', 'r.sent_by')
    .select(['r.id', 'r.plan_id', 'p.number', 'r.tasks', 'r.message', 'r.sent_at', 'u.display_name'])
    .where('r.agency_id', '=', agencyId)
    .orderBy('r.sent_at', 'desc')
    .limit(20)
    .execute();
  return rows.map((r) => ({
    ...presentRow(r, ['id', 'plan_id', 'tasks', 'message', 'sent_at']),
    planNumber: r.number,
    sentBy: r.display_name,
  }));
}
