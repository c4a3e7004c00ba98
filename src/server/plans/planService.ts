import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import { isUniqueViolation } from '../../db/errors';
import type { DB, PlanTable } from '../../db/schema';
import { completenessByAgency } from '../../domain/plans/planCategories';
import type { Plan, PlanInput, PlanSummary, TaskInput } from '../../domain/plans/planSchemas';
import { toStoredText } from '../../domain/text/normalizeText';
import { assertPlanUnlocked } from '../reporting/reportingLock';
import { auditOf } from '../audit/writeAudit';
import { conflict } from '../http/errors';
import { fieldDetail, fieldError } from '../http/validationError';
import { updateWithVersion } from '../records/updateWithVersion';
import type { ServiceContext } from '../serviceContext';
import { vietnamDay } from '../../domain/calendar/vietnamDay';
import { planInHands } from './planAccess';
import { assignmentsOf } from '../../domain/plans/assignments';
import { loadPlanTasks } from './planTasks';
import { keepingProvince, listProvince } from '../access/policy';
import { presentRow } from '../records/presentRow';

const audit = auditOf('plan');

type PlanRow = Selectable<PlanTable>;

/** The plans of the user's jurisdiction, newest year first, with their tasks' completion. */
export async function listPlans(
  ctx: ServiceContext,
  query: { province?: string; year?: number },
): Promise<PlanSummary[]> {
  const scope = listProvince(ctx.actor.user, query.province);
  let rows = ctx.db.selectFrom('plan').selectAll().orderBy('year', 'desc').orderBy('issued_on', 'desc');
  if (scope) rows = rows.where('province_code', '=', scope);
  if (query.year) rows = rows.where('year', '=', query.year);
  const plans = await rows.execute();
  const tasks = await loadPlanTasks(ctx.db, ctx.actor.user, plans, vietnamDay(ctx.now()));
  return plans.map((plan) => summaryOf(plan, tasks.get(plan.id) ?? []));
}

function summaryOf(plan: PlanRow, tasks: Plan['taskList']): PlanSummary {
  const assignments = assignmentsOf(tasks);
  return {
    ...presentRow(plan, ['id', 'province_code', 'number', 'issued_on', 'issuer', 'title', 'year', 'report_due_on']),
    tasks: tasks.length,
    assignments: assignments.length,
    accepted: assignments.filter((a) => a.standing === 'accepted').length,
  };
}

/** A plan with its tasks (an agency user's only) and each agency's completeness. */
export async function readPlan(ctx: ServiceContext, id: string, db: Kysely<DB> = ctx.db): Promise<Plan> {
  const plan = await planInHands(db, ctx, id);
  const tasks = (await loadPlanTasks(db, ctx.actor.user, [plan], vietnamDay(ctx.now()))).get(id) ?? [];
  const assignments = assignmentsOf(tasks);
  const names = new Map(assignments.map((a) => [a.agencyId, a.agencyName]));
  return {
    ...summaryOf(plan, tasks),
    ...presentRow(plan, ['legal_bases', 'purposes', 'duties', 'copied_from', 'version']),
    taskList: tasks,
    completeness: completenessByAgency(assignments)
      .map((c) => ({ ...c, agencyName: names.get(c.agencyId) ?? '' }))
      .sort((a, b) => a.completeness - b.completeness || a.agencyName.localeCompare(b.agencyName, 'vi')),
  };
}

const planColumns = (input: PlanInput, province: string) => ({
  province_code: province,
  number: toStoredText(input.number),
  issued_on: input.issuedOn,
  issuer: toStoredText(input.issuer),
  title: toStoredText(input.title),
  legal_bases: input.legalBases.map(toStoredText),
  purposes: input.purposes.map(toStoredText),
  duties: input.duties.map(toStoredText),
  year: input.year,
  report_due_on: input.reportDueOn,
});

/** Every agency a task names must be an agency of the plan's province (or a national body). */
async function checkAgencies(trx: Transaction<DB>, ctx: ServiceContext, tasks: readonly TaskInput[], province: string) {
  const ids = [...new Set(tasks.flatMap((t) => [t.leadAgencyId, ...t.partnerAgencyIds]))];
  const found = ids.length
    ? await trx.selectFrom('agency').select(['id', 'province_code']).where('id', 'in', ids).execute()
    : [];
  const fits = new Set(found.filter((a) => a.province_code === province || a.province_code === null).map((a) => a.id));
  for (const [i, task] of tasks.entries()) {
    if (!fits.has(task.leadAgencyId)) throw fieldError(`tasks.${i}.leadAgencyId`, 'agencyUnknown');
    const partner = task.partnerAgencyIds.findIndex((a) => !fits.has(a));
    if (partner >= 0) throw fieldError(`tasks.${i}.partnerAgencyIds.${partner}`, 'agencyUnknown');
  }
}

/**
 * The plan's tasks as the input lists them, in order: tasks given by id are kept (their reports
 * with them), new ones added; a task left out is removed unless an agency has reported on it.
 */
async function writeTasks(trx: Transaction<DB>, ctx: ServiceContext, planId: string, tasks: readonly TaskInput[]) {
  const kept = new Set(tasks.flatMap((t) => (t.id ? [t.id] : [])));
  const stored = await trx.selectFrom('plan_task').select('id').where('plan_id', '=', planId).execute();
  const storedIds = new Set(stored.map((t) => t.id));
  for (const [i, task] of tasks.entries()) {
    if (task.id && !storedIds.has(task.id)) throw fieldError(`tasks.${i}.id`, 'taskUnknown');
  }
  const dropped = stored.filter((t) => !kept.has(t.id)).map((t) => t.id);
  if (dropped.length) {
    const reported = await trx
      .selectFrom('task_report')
      .select('task_id')
      .where('task_id', 'in', dropped)
      .executeTakeFirst();
    if (reported) throw conflict([fieldDetail('tasks', 'taskHasReports')]);
    await trx.deleteFrom('plan_task').where('id', 'in', dropped).execute();
  }
  for (const [position, task] of tasks.entries()) {
    const columns = {
      plan_id: planId,
      position,
      content: toStoredText(task.content),
      lead_agency_id: task.leadAgencyId,
      indicators: task.indicators,
      due_on: task.dueOn,
    };
    const id = task.id
      ? (
          await trx
            .updateTable('plan_task')
            .set(columns)
            .where('id', '=', task.id)
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id
      : (await trx.insertInto('plan_task').values(columns).returning('id').executeTakeFirstOrThrow()).id;
    await trx.deleteFrom('plan_task_partner').where('task_id', '=', id).execute();
    const partners = [...new Set(task.partnerAgencyIds)].filter((a) => a !== task.leadAgencyId);
    if (partners.length) {
      await trx
        .insertInto('plan_task_partner')
        .values(partners.map((agency_id) => ({ task_id: id, agency_id })))
        .execute();
    }
  }
}

/** The same number twice in a province's year is the same plan entered twice. */
function numberTaken(error: unknown): never {
  if (isUniqueViolation(error)) throw conflict([fieldDetail('number', 'planExists')]);
  throw error;
}

export async function createPlan(
  ctx: ServiceContext,
  input: PlanInput,
  copiedFrom: string | null = null,
): Promise<Plan> {
  const province = keepingProvince(ctx.actor.user, input.provinceCode);
  const userId = ctx.actor.user.id;
  const id = await ctx.db
    .transaction()
    .execute(async (trx) => {
      await checkAgencies(trx, ctx, input.tasks, province);
      const row = await trx
        .insertInto('plan')
        .values({ ...planColumns(input, province), copied_from: copiedFrom, created_by: userId, updated_by: userId })
        .returning('id')
        .executeTakeFirstOrThrow();
      await writeTasks(trx, ctx, row.id, input.tasks);
      await audit(trx, ctx.actor, copiedFrom ? 'copy' : 'create', row.id, province, {
        tasks: input.tasks.length,
        copiedFrom,
      });
      return row.id;
    })
    .catch((error: unknown) => numberTaken(error));
  return readPlan(ctx, id);
}

export async function updatePlan(ctx: ServiceContext, id: string, input: PlanInput): Promise<Plan> {
  await ctx.db
    .transaction()
    .execute(async (trx) => {
      const stored = await planInHands(trx, ctx, id);
      await assertPlanUnlocked(trx, id);
      const province = keepingProvince(ctx.actor.user, input.provinceCode ?? stored.province_code);
      await checkAgencies(trx, ctx, input.tasks, province);
      await updateWithVersion(trx, {
        table: 'plan',
        id,
        version: { read: stored.version, sent: input.version ?? -1 },
        set: { ...planColumns(input, province), updated_at: new Date(), updated_by: ctx.actor.user.id },
      });
      await writeTasks(trx, ctx, id, input.tasks);
      await audit(trx, ctx.actor, 'update', id, province, { tasks: input.tasks.length });
    })
    .catch((error: unknown) => numberTaken(error));
  return readPlan(ctx, id);
}

/** Shifts a date by whole years (29 February falls back to the 28th). */
function shiftYears(date: string | null, years: number): string | null {
  if (!date) return null;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(y + years, m - 1, d));
  if (shifted.getUTCMonth() !== m - 1) shifted.setUTCDate(0);
  return shifted.toISOString().slice(0, 10);
}

/**
 * A plan for another year from this one: same issuer, title, legal bases and tasks (lead and
 * partner agencies, indicators, due dates moved by the years between), a new number and dates.
 */
export async function copyPlan(
  ctx: ServiceContext,
  id: string,
  next: { number: string; issuedOn: string; year: number; reportDueOn: string },
): Promise<Plan> {
  const source = await readPlan(ctx, id);
  const years = next.year - source.year;
  const tasks = await ctx.db
    .selectFrom('plan_task')
    .select(['id', 'content', 'lead_agency_id', 'indicators', 'due_on'])
    .select(
      sql<string[]>`array(select agency_id from plan_task_partner p where p.task_id = plan_task.id)`.as('partners'),
    )
    .where('plan_id', '=', id)
    .orderBy('position')
    .execute();
  return createPlan(
    ctx,
    {
      provinceCode: source.provinceCode,
      number: next.number,
      issuedOn: next.issuedOn,
      issuer: source.issuer,
      title: source.title.replace(String(source.year), String(next.year)),
      legalBases: source.legalBases,
      purposes: source.purposes,
      duties: source.duties,
      year: next.year,
      reportDueOn: next.reportDueOn,
      tasks: tasks.map((t) => ({
        content: t.content,
        leadAgencyId: t.lead_agency_id,
        partnerAgencyIds: t.partners,
        indicators: t.indicators,
        dueOn: shiftYears(t.due_on, years),
      })),
    },
    id,
  );
}
