import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import { vietnamDay } from '../../domain/calendar/vietnamDay';
import type { DB } from '../../db/schema';
import type { Response } from '../../domain/reporting/reportingSchemas';
import { sentOnTime, standingOfResponse } from '../../domain/reporting/reportingStatus';

/**
 * Responses with their plan's completion and (unless a list needs only where they stand) their
 * history, by a condition on `rr` (and the request `q`).
 */
export async function loadResponses(
  db: Kysely<DB>,
  where: RawBuilder<SqlBool>,
  today: string,
  withHistory = true,
): Promise<Response[]> {
  const rows = await db
    .selectFrom('reporting_response as rr')
    .innerJoin('reporting_request as q', 'q.id', 'rr.request_id')
    .leftJoin('plan as p', 'p.id', 'rr.plan_id')
    .leftJoin('app_user as s', 's.id', 'rr.submitted_by')
    .leftJoin('app_user as v', 'v.id', 'rr.reviewed_by')
    .selectAll('rr')
    .select(['q.due_on', 'p.number as plan_number', 's.display_name as submitter', 'v.display_name as reviewer'])
    .select([
      sql<number>`(select count(*) from plan_task t where t.plan_id = rr.plan_id)
        + (select count(*) from plan_task_partner x join plan_task t on t.id = x.task_id where t.plan_id = rr.plan_id)`.as(
        'assignments',
      ),
      sql<number>`(select count(*) from task_report r join plan_task t on t.id = r.task_id
        where t.plan_id = rr.plan_id and r.status = 'accepted')`.as('accepted'),
    ])
    .where(where)
    .orderBy('rr.province_code')
    .execute();
  const events =
    withHistory && rows.length
      ? await db
          .selectFrom('reporting_response_event as e')
          .leftJoin('app_user as u', 'u.id', 'e.by_user')
          .select(['e.response_id', 'e.at', 'e.kind', 'e.comment', 'u.display_name'])
          .where(
            'e.response_id',
            'in',
            rows.map((r) => r.id),
          )
          .orderBy('e.id')
          .execute()
      : [];
  return rows.map((r) => ({
    id: r.id,
    requestId: r.request_id,
    provinceCode: r.province_code,
    status: r.status,
    standing: standingOfResponse(r.status, r.due_on, today),
    onTime: sentOnTime(r.submitted_at && vietnamDay(r.submitted_at), r.due_on),
    plan: r.plan_id
      ? { id: r.plan_id, number: r.plan_number ?? '', assignments: Number(r.assignments), accepted: Number(r.accepted) }
      : null,
    figures: r.figures,
    sections: r.sections,
    submittedAt: r.submitted_at?.toISOString() ?? null,
    submittedBy: r.submitter,
    reviewedAt: r.reviewed_at?.toISOString() ?? null,
    reviewedBy: r.reviewer,
    reviewComment: r.review_comment,
    version: r.version,
    history: events
      .filter((e) => e.response_id === r.id)
      .map((e) => ({ at: e.at.toISOString(), by: e.display_name, kind: e.kind, comment: e.comment })),
  }));
}
