import { sql, type Selectable } from 'kysely';
import type { ReportingRequestTable } from '../../db/schema';
import { vietnamDay } from '../../domain/calendar/vietnamDay';
import type {
  ReportingRequest,
  ReportingRequestDetail,
  ReportingRequestInput,
  Response,
} from '../../domain/reporting/reportingSchemas';
import { isFigureKey } from '../../domain/plans/figures';
import { progressOf } from '../../domain/reporting/reportingStatus';
import { toStoredText } from '../../domain/text/normalizeText';
import { auditOf } from '../audit/writeAudit';
import { notFound } from '../http/errors';
import { fieldError } from '../http/validationError';
import type { ServiceContext } from '../serviceContext';
import { assertMayDo, visibleRows } from '../access/policy';
import { loadResponses } from './responseQueries';

const audit = auditOf('reporting_request');

/** The Ministry asks provinces (all of them when none is named) for a report; each gets an open response. */
export async function issueRequest(ctx: ServiceContext, input: ReportingRequestInput): Promise<ReportingRequestDetail> {
  assertMayDo(ctx.actor.user, 'change', 'reportingRequest');
  const id = await ctx.db.transaction().execute(async (trx) => {
    const known = await trx.selectFrom('province').select('code').execute();
    const codes = new Set(known.map((p) => p.code));
    const unknown = input.provinceCodes.findIndex((code) => !codes.has(code));
    if (unknown >= 0) throw fieldError(`provinceCodes.${unknown}`, 'provinceUnknown');
    const provinces = input.provinceCodes.length ? [...new Set(input.provinceCodes)] : [...codes];
    const request = await trx
      .insertInto('reporting_request')
      .values({
        number: toStoredText(input.number),
        title: toStoredText(input.title),
        issued_on: input.issuedOn,
        due_on: input.dueOn,
        year: input.year,
        figure_keys: input.figureKeys,
        sections: input.sections.map(toStoredText),
        created_by: ctx.actor.user.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('reporting_response')
      .values(
        provinces.map((code) => ({
          request_id: request.id,
          province_code: code,
          sections: input.sections.map(() => ''),
        })),
      )
      .execute();
    await audit(trx, ctx.actor, 'issue', request.id, provinces, { number: input.number });
    return request.id;
  });
  return readRequest(ctx, id);
}

const today = (ctx: ServiceContext) => vietnamDay(ctx.now());

/** The requests addressed to the user's jurisdiction (all for the Ministry), newest first, with their progress. */
export async function listRequests(ctx: ServiceContext): Promise<ReportingRequest[]> {
  assertMayDo(ctx.actor.user, 'list', 'reportingRequest');
  const responses = await loadResponses(
    ctx.db,
    visibleRows(ctx.actor.user, 'reportingResponse', 'rr'),
    today(ctx),
    false,
  );
  const ids = [...new Set(responses.map((r) => r.requestId))];
  if (!ids.length) return [];
  const rows = await ctx.db
    .selectFrom('reporting_request')
    .selectAll()
    .where('id', 'in', ids)
    .orderBy('issued_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((row) =>
    requestOf(
      row,
      responses.filter((r) => r.requestId === row.id),
    ),
  );
}

/** A request with the responses the user may see; 404 when none is theirs. */
export async function readRequest(ctx: ServiceContext, id: string): Promise<ReportingRequestDetail> {
  const row = await ctx.db.selectFrom('reporting_request').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  const condition = sql<boolean>`rr.request_id = ${id} and ${visibleRows(ctx.actor.user, 'reportingResponse', 'rr')}`;
  const responses = await loadResponses(ctx.db, condition, today(ctx));
  const provinces = responses.map((r) => r.provinceCode);
  if (!responses.length) throw notFound();
  assertMayDo(ctx.actor.user, 'read', 'reportingRequest', { provinces });
  return { ...requestOf(row, responses), responses };
}

function requestOf(row: Selectable<ReportingRequestTable>, responses: Response[]): ReportingRequest {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    issuedOn: row.issued_on,
    dueOn: row.due_on,
    year: row.year,
    figureKeys: row.figure_keys.filter(isFigureKey),
    sections: row.sections,
    progress: progressOf(responses),
  };
}
