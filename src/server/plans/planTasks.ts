import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { CurrentUser } from '../../domain/auth/authSchemas';
import { reportDueOn, standingOf } from '../../domain/plans/planCategories';
import type { PlanTask, Report } from '../../domain/plans/planSchemas';
import { loadReports } from './reportQueries';
import { seesEvery } from '../access/policy';
import { presentRow } from '../records/presentRow';

/**
 * The tasks of plans with each assigned agency (lead first, then partners), its report and its
 * standing. For an agency user, only their agency's tasks and reports (the access policy's rule for tasks).
 */
export async function loadPlanTasks(
  db: Kysely<DB>,
  user: CurrentUser,
  plans: readonly { id: string; report_due_on: string }[],
  /** Today in Vietnam: what is overdue. */
  day: string,
): Promise<Map<string, PlanTask[]>> {
  const byPlan = new Map<string, PlanTask[]>(plans.map((p) => [p.id, []]));
  if (!plans.length) return byPlan;
  const dueOfPlan = new Map(plans.map((p) => [p.id, p.report_due_on]));
  const tasks = await db
    .selectFrom('plan_task as t')
    .innerJoin('agency as a', 'a.id', 't.lead_agency_id')
    .select([
      't.id',
      't.plan_id',
      't.position',
      't.content',
      't.indicators',
      't.due_on',
      'a.id as lead_id',
      'a.name as lead_name',
    ])
    .where(
      't.plan_id',
      'in',
      plans.map((p) => p.id),
    )
    .orderBy('t.plan_id')
    .orderBy('t.position')
    .execute();
  if (!tasks.length) return byPlan;
  const taskIds = tasks.map((t) => t.id);
  const partners = await db
    .selectFrom('plan_task_partner as p')
    .innerJoin('agency as a', 'a.id', 'p.agency_id')
    .select(['p.task_id', 'a.id', 'a.name'])
    .where('p.task_id', 'in', taskIds)
    .orderBy('a.name_search')
    .execute();
  const reports = await loadReports(db, { taskIds });
  const reportOf = new Map(reports.map((r) => [`${r.taskId}|${r.agencyId}`, r]));
  const own = seesEvery(user, 'task') ? null : user.agencyId;

  for (const t of tasks) {
    const due = reportDueOn({ dueOn: t.due_on }, { reportDueOn: dueOfPlan.get(t.plan_id)! });
    const taskPartners = partners.filter((p) => p.task_id === t.id).map((p) => ({ id: p.id, name: p.name }));
    const assigned = [
      { agencyId: t.lead_id, agencyName: t.lead_name, role: 'lead' as const },
      ...taskPartners.map((p) => ({ agencyId: p.id, agencyName: p.name, role: 'partner' as const })),
    ].filter((a) => own === null || a.agencyId === own);
    if (!assigned.length) continue;
    byPlan.get(t.plan_id)!.push({
      ...presentRow(t, ['id', 'position', 'content', 'indicators', 'due_on']),
      leadAgency: { id: t.lead_id, name: t.lead_name },
      partnerAgencies: taskPartners,
      reportDueOn: due,
      agencies: assigned.map((a) => {
        const report: Report | null = reportOf.get(`${t.id}|${a.agencyId}`) ?? null;
        return { ...a, standing: standingOf(report?.status ?? null, due, day), report };
      }),
    });
  }
  return byPlan;
}
