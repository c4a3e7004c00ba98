import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { bilingualMail } from '../../domain/mail/bilingualMail';
import { PLAN_MAIL_TEXTS } from '../../domain/plans/planMailTexts';
import { enqueueMail, type QueuedMail } from '../mail/outbox';
import type { ServiceContext } from '../serviceContext';
import { auditOf } from '../audit/writeAudit';
import { readPlan } from './planService';
import { assignmentsOf } from '../../domain/plans/assignments';
import { presentRow } from '../records/presentRow';

const audit = auditOf('plan');

/** The e-mails of a plan's reminders: one to each active user of a reminded agency with an address. */
async function reminderMails(
  db: Kysely<DB>,
  plan: { number: string; title: string; provinceCode: string | null },
  sent: readonly { agencyId: string; agencyName: string; tasks: number }[],
  message: string | null,
): Promise<QueuedMail[]> {
  const users = await db
    .selectFrom('app_user')
    .select(['email', 'agency_id'])
    .where(
      'agency_id',
      'in',
      sent.map((s) => s.agencyId),
    )
    .where('is_active', '=', true)
    .where('email', 'is not', null)
    .execute();
  return users.flatMap((user) => {
    const reminder = sent.find((s) => s.agencyId === user.agency_id);
    if (!reminder || !user.email) return [];
    const params = {
      plan: plan.number,
      title: plan.title,
      agency: reminder.agencyName,
      tasks: reminder.tasks,
      message: message ?? '',
    };
    const mail = bilingualMail(PLAN_MAIL_TEXTS.reminderSubject, PLAN_MAIL_TEXTS.reminderBody, params);
    return [{ ...mail, kind: 'plan.reminder', to: user.email, provinceCode: plan.provinceCode }];
  });
}

/**
 * Reminds every agency of a plan that still owes reports (not yet submitted, overdue, or returned):
 * one reminder each, naming how many tasks, shown in the app and e-mailed to the agency's active
 * users who have an address. Returns the reminders sent.
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
      await enqueueMail(trx, await reminderMails(trx, plan, sent, message));
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
