import type { Insertable, Kysely, Transaction, Updateable } from 'kysely';
import type { DB, TaskReportTable } from '../../db/schema';
import type { MyTask, Report, ReportInput, Review } from '../../domain/plans/planSchemas';
import { auditOf } from '../audit/writeAudit';
import { fileOfRow, storedFileColumns, type UploadedFile } from '../http/files';
import { AppError, forbidden, notFound } from '../http/errors';
import { versionConflict } from '../http/validationError';
import { updateWithVersion } from '../records/updateWithVersion';
import type { ServiceContext } from '../serviceContext';
import { vietnamDay } from '../../domain/calendar/vietnamDay';
import { assignmentsOf } from '../../domain/plans/assignments';
import { loadPlanTasks } from './planTasks';
import { loadReports } from './reportQueries';
import { assertPlanUnlocked } from '../reporting/reportingLock';
import { assertInSight, ofProvince, visibleRows } from '../access/policy';

const audit = auditOf('task_report', 'report');

/** A task with its plan, of the user's jurisdiction (404 otherwise). */
async function taskInHands(db: Kysely<DB>, ctx: ServiceContext, taskId: string, agencyId: string) {
  const task = await db
    .selectFrom('plan_task as t')
    .innerJoin('plan as p', 'p.id', 't.plan_id')
    .select(['t.id', 't.lead_agency_id', 'p.province_code', 'p.id as plan_id'])
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('plan_task_partner as x')
            .whereRef('x.task_id', '=', 't.id')
            .where('x.agency_id', '=', agencyId),
        )
        .as('is_partner'),
    )
    .where('t.id', '=', taskId)
    .executeTakeFirst();
  if (!task) throw notFound();
  assertInSight(ctx.actor.user, 'plan', ofProvince(task.province_code));
  return task;
}

/**
 * Saves the user's agency's report on a task, as a draft or submitted for review. Only an agency the
 * task is assigned to reports on it; a report submitted or accepted is not changed (it may be
 * again once returned).
 */
export async function saveReport(ctx: ServiceContext, taskId: string, input: ReportInput): Promise<Report> {
  const agencyId = ctx.actor.user.agencyId;
  const id = await ctx.db.transaction().execute(async (trx) => {
    // An account that belongs to no agency reports on no task.
    if (!agencyId) throw new AppError(403, 'NOT_ASSIGNED');
    const task = await taskInHands(trx, ctx, taskId, agencyId);
    if (task.lead_agency_id !== agencyId && !task.is_partner) throw new AppError(403, 'NOT_ASSIGNED');
    await assertPlanUnlocked(trx, task.plan_id);
    const stored = await trx
      .selectFrom('task_report')
      .select(['id', 'status', 'version'])
      .where('task_id', '=', taskId)
      .where('agency_id', '=', agencyId)
      .executeTakeFirst();
    if (stored && (stored.status === 'submitted' || stored.status === 'accepted'))
      throw new AppError(409, 'REPORT_LOCKED');
    const now = ctx.now();
    const columns = {
      progress: input.progress,
      content: input.content,
      figures: JSON.stringify(input.figures),
      status: input.submit ? 'submitted' : (stored?.status ?? 'draft'),
      ...(input.submit ? { submitted_at: now, submitted_by: ctx.actor.user.id } : {}),
      updated_at: now,
    };
    const reportId = stored
      ? await updateReport(trx, ctx, stored, input.version, columns)
      : await insertReport(trx, ctx, { task_id: taskId, agency_id: agencyId, ...columns });
    await recordReportEvent(trx, ctx, reportId, input.submit ? 'submitted' : 'saved', null, task.province_code);
    return reportId;
  });
  return reportById(ctx, id);
}

async function updateReport(
  trx: Transaction<DB>,
  ctx: ServiceContext,
  stored: { id: string; version: number },
  sent: number | undefined,
  set: Updateable<TaskReportTable>,
) {
  const version = { read: stored.version, sent: sent ?? -1 };
  await updateWithVersion(trx, { table: 'task_report', id: stored.id, version, set });
  return stored.id;
}

/** A first report; when another was saved meanwhile (two first saves at once), 409: read it first. */
async function insertReport(trx: Transaction<DB>, ctx: ServiceContext, values: Insertable<TaskReportTable>) {
  const row = await trx
    .insertInto('task_report')
    .values(values)
    .onConflict((oc) => oc.columns(['task_id', 'agency_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row) throw versionConflict();
  return row.id;
}

async function recordReportEvent(
  trx: Transaction<DB>,
  ctx: ServiceContext,
  reportId: string,
  kind: 'saved' | 'submitted' | 'accepted' | 'returned',
  comment: string | null,
  province: string,
) {
  await trx
    .insertInto('task_report_event')
    .values({ report_id: reportId, by_user: ctx.actor.user.id, kind, comment })
    .execute();
  await audit(trx, ctx.actor, kind, reportId, province);
}

/** A report the user may see: the Sở Ngoại vụ and viewers any of the jurisdiction, an agency its own. */
async function reportInHands(db: Kysely<DB>, ctx: ServiceContext, id: string) {
  const row = await db
    .selectFrom('task_report as r')
    .innerJoin('plan_task as t', 't.id', 'r.task_id')
    .innerJoin('plan as p', 'p.id', 't.plan_id')
    .select(['r.id', 'r.status', 'r.version', 'r.agency_id', 'p.province_code', 'p.id as plan_id'])
    .where('r.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound();
  assertInSight(ctx.actor.user, 'task', { provinces: [row.province_code], agencyIds: [row.agency_id] });
  return row;
}

export async function reportById(ctx: ServiceContext, id: string): Promise<Report> {
  await reportInHands(ctx.db, ctx, id);
  const [report] = await loadReports(ctx.db, { ids: [id] });
  return report!;
}

/** The Sở Ngoại vụ accepts a submitted report, or returns it with a comment for the agency to redo. */
export async function reviewReport(ctx: ServiceContext, id: string, review: Review): Promise<Report> {
  await ctx.db.transaction().execute(async (trx) => {
    const report = await reportInHands(trx, ctx, id);
    await assertPlanUnlocked(trx, report.plan_id);
    const status = review.decision === 'accept' ? ('accepted' as const) : ('returned' as const);
    const set = {
      status,
      reviewed_at: new Date(),
      reviewed_by: ctx.actor.user.id,
      review_comment: review.comment,
      updated_at: new Date(),
    };
    const version = { read: report.version, sent: review.version };
    await updateWithVersion(trx, { table: 'task_report', id, version, set });
    // At the version written, the report was as read: the state checked is the one changed.
    if (report.status !== 'submitted') throw new AppError(409, 'REPORT_NOT_SUBMITTED');
    await recordReportEvent(trx, ctx, id, status, review.comment, report.province_code);
  });
  return reportById(ctx, id);
}

/** Attaches a file to the agency's own report while it may still be changed. */
export async function addReportAttachment(ctx: ServiceContext, id: string, file: UploadedFile): Promise<Report> {
  await ctx.db.transaction().execute(async (trx) => {
    const report = await reportInHands(trx, ctx, id);
    if (report.agency_id !== ctx.actor.user.agencyId) throw forbidden();
    if (report.status === 'submitted' || report.status === 'accepted') throw new AppError(409, 'REPORT_LOCKED');
    await assertPlanUnlocked(trx, report.plan_id);
    await trx
      .insertInto('task_report_attachment')
      .values({
        report_id: id,
        ...storedFileColumns(file, ctx.actor.user.id),
      })
      .execute();
    await audit(trx, ctx.actor, 'attachment', id, report.province_code);
  });
  return reportById(ctx, id);
}

export async function readReportAttachment(ctx: ServiceContext, id: string, attachmentId: number) {
  const report = await reportInHands(ctx.db, ctx, id);
  const file = await ctx.db
    .selectFrom('task_report_attachment')
    .select(['file_name', 'content_type', 'content'])
    .where('id', '=', attachmentId)
    .where('report_id', '=', id)
    .executeTakeFirst();
  if (!file) throw notFound();
  await audit(ctx.db, ctx.actor, 'attachment_read', id, report.province_code, { attachmentId });
  return fileOfRow(file);
}

/** The tasks of the user's agency across the plans of their province, the most urgent first. */
export async function myTasks(ctx: ServiceContext): Promise<MyTask[]> {
  const user = ctx.actor.user;
  if (!user.agencyId) return [];
  const rows = await ctx.db
    .selectFrom('plan')
    .selectAll()
    .where(visibleRows(user, 'plan', 'plan'))
    .orderBy('year', 'desc')
    .execute();
  const own = { ...user, role: 'agency_officer' as const };
  const tasks = await loadPlanTasks(ctx.db, own, rows, vietnamDay(ctx.now()));
  const order = { overdue: 0, returned: 1, pending: 2, submitted: 3, accepted: 4 };
  return rows
    .flatMap((plan) =>
      assignmentsOf(tasks.get(plan.id) ?? []).map((a) => ({
        planId: plan.id,
        planNumber: plan.number,
        planYear: plan.year,
        taskId: a.taskId,
        content: tasks.get(plan.id)!.find((t) => t.id === a.taskId)!.content,
        role: a.role,
        reportDueOn: a.reportDueOn,
        standing: a.standing,
        reportId: a.reportId,
      })),
    )
    .sort((a, b) => order[a.standing] - order[b.standing] || a.reportDueOn.localeCompare(b.reportDueOn));
}
