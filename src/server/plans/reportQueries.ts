import type { Kysely } from 'kysely';
import { vietnamDay } from '../../domain/calendar/vietnamDay';
import type { DB } from '../../db/schema';
import type { Report } from '../../domain/plans/planSchemas';
import { reportDueOn } from '../../domain/plans/planCategories';
import { presentRow } from '../records/presentRow';

/** Reports with their files and history, of some tasks or by id: a few queries for any number. */
export async function loadReports(db: Kysely<DB>, by: { taskIds?: string[]; ids?: string[] }): Promise<Report[]> {
  let query = db
    .selectFrom('task_report as r')
    .innerJoin('agency as a', 'a.id', 'r.agency_id')
    .innerJoin('plan_task as t', 't.id', 'r.task_id')
    .innerJoin('plan as p', 'p.id', 't.plan_id')
    .leftJoin('app_user as s', 's.id', 'r.submitted_by')
    .leftJoin('app_user as v', 'v.id', 'r.reviewed_by')
    .selectAll('r')
    .select([
      'a.name as agency_name',
      's.display_name as submitter',
      'v.display_name as reviewer',
      't.due_on',
      'p.report_due_on',
    ]);
  if (by.taskIds)
    query = query.where('r.task_id', 'in', by.taskIds.length ? by.taskIds : ['00000000-0000-0000-0000-000000000000']);
  if (by.ids) query = query.where('r.id', 'in', by.ids.length ? by.ids : ['00000000-0000-0000-0000-000000000000']);
  const rows = await query.execute();
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const [files, events] = await Promise.all([
    db
      .selectFrom('task_report_attachment')
      .select(['id', 'report_id', 'file_name', 'size'])
      .where('report_id', 'in', ids)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('task_report_event as e')
      .leftJoin('app_user as u', 'u.id', 'e.by_user')
      .select(['e.report_id', 'e.at', 'e.kind', 'e.comment', 'u.display_name'])
      .where('e.report_id', 'in', ids)
      .orderBy('e.id')
      .execute(),
  ]);
  return rows.map((r) => {
    const due = reportDueOn({ dueOn: r.due_on }, { reportDueOn: r.report_due_on });
    return {
      ...presentRow(r, [
        'id',
        'task_id',
        'agency_id',
        'agency_name',
        'status',
        'progress',
        'content',
        'figures',
        'submitted_at',
      ]),
      submittedBy: r.submitter,
      isLate: r.submitted_at !== null && vietnamDay(r.submitted_at) > due,
      reviewedAt: r.reviewed_at?.toISOString() ?? null,
      reviewedBy: r.reviewer,
      reviewComment: r.review_comment,
      version: r.version,
      attachments: files
        .filter((f) => f.report_id === r.id)
        .map((f) => ({ id: f.id, fileName: f.file_name, size: f.size })),
      history: events
        .filter((e) => e.report_id === r.id)
        .map((e) => ({ at: e.at.toISOString(), by: e.display_name, kind: e.kind, comment: e.comment })),
    };
  });
}
