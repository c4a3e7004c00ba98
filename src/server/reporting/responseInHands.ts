import { sql, type Kysely, type Transaction } from 'kysely';
import { vietnamDay } from '../../domain/calendar/vietnamDay';
import type { DB } from '../../db/schema';
import type { Response } from '../../domain/reporting/reportingSchemas';
import type { ResponseEventKind } from '../../domain/reporting/reportingStatus';
import { auditOf } from '../audit/writeAudit';
import { notFound } from '../http/errors';
import type { ServiceContext } from '../serviceContext';
import { assertInSight, ofProvince } from '../access/policy';
import { loadResponses } from './responseQueries';

const audit = auditOf('reporting_response', 'reporting');

/** A response of the user's jurisdiction, with its request's template and due date; 404 otherwise. */
export async function responseInHands(db: Kysely<DB>, ctx: ServiceContext, id: string) {
  const row = await db
    .selectFrom('reporting_response as rr')
    .innerJoin('reporting_request as q', 'q.id', 'rr.request_id')
    .select(['rr.id', 'rr.status', 'rr.version', 'rr.province_code', 'rr.plan_id', 'rr.figures', 'rr.sections'])
    .select(['q.figure_keys', 'q.sections as template_sections', 'q.due_on'])
    .where('rr.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound();
  assertInSight(ctx.actor.user, 'reportingResponse', ofProvince(row.province_code));
  return row;
}

/** One step of a response, in its history and in the audit log. */
export async function recordResponseStep(
  trx: Transaction<DB>,
  ctx: ServiceContext,
  response: { id: string; province_code: string },
  kind: ResponseEventKind,
  comment: string | null = null,
) {
  await trx
    .insertInto('reporting_response_event')
    .values({ response_id: response.id, by_user: ctx.actor.user.id, kind, comment })
    .execute();
  await audit(trx, ctx.actor, kind, response.id, response.province_code, comment ? { comment } : {});
}

export async function responseById(ctx: ServiceContext, id: string): Promise<Response> {
  const [response] = await loadResponses(ctx.db, sql<boolean>`rr.id = ${id}`, vietnamDay(ctx.now()));
  if (!response) throw notFound();
  return response;
}
