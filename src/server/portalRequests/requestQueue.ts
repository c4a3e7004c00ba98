import { sql } from 'kysely';
import { vietnamDay } from '../../domain/calendar/vietnamDay';
import { personInputOf } from '../../domain/persons/personInputOf';
import { sortedNameKey } from '../../domain/persons/personName';
import { personInputSchema } from '../../domain/persons/personSchemas';
import { PENDING_STATUSES } from '../../domain/portalRequests/requestKinds';
import { requestLines } from '../../domain/portalRequests/requestLines';
import type { RequestDetail, RequestListQuery, RequestSummary } from '../../domain/portalRequests/requestSchemas';
import { assertMayDo, ofProvince, visibleRows } from '../access/policy';
import { auditActor } from '../audit/writeAudit';
import { matchRowsToRegistry } from '../imports/registryMatch';
import { offsetPage } from '../lists/offsetPage';
import { notFound } from '../http/errors';
import { loadPersonParts } from '../persons/loadPersonParts';
import { toPerson } from '../persons/personRecord';
import type { PersonServiceContext } from '../serviceContext';
import { messagesOf, requestRows, requestState, type RequestRow } from './requestStore';

/** The name a request goes by: its record's, or the one a registration gives. */
const nameOf = (row: RequestRow) =>
  row.full_name ?? (row.payload.kind === 'registration' ? row.payload.person.fullName : row.email);

function toSummary(row: RequestRow, now: Date): RequestSummary {
  const state = requestState(row, now);
  return {
    id: row.id,
    reference: row.reference,
    kind: row.kind,
    status: row.status,
    personId: row.person_id,
    name: nameOf(row),
    provinceCode: row.province_code,
    receivedAt: state.receivedAt,
    dueOn: state.dueOn,
    overdue: state.overdue,
  };
}

/** The officers' queue: pending first, the nearest deadline first; with the number overdue. */
export async function listRequests(ctx: PersonServiceContext, query: RequestListQuery) {
  const today = vietnamDay(ctx.now());
  let rows = requestRows(ctx.db).where(visibleRows(ctx.actor.user, 'portalRequest', 'q'));
  if (query.status === 'pending') rows = rows.where('q.status', 'in', PENDING_STATUSES);
  if (query.status === 'settled') rows = rows.where('q.status', 'not in', PENDING_STATUSES);
  if (query.kind) rows = rows.where('q.kind', '=', query.kind);
  const overdue = (q: typeof rows) => q.where('q.status', 'in', PENDING_STATUSES).where('q.due_on', '<', today);
  if (query.overdue) rows = overdue(rows);
  const page = await offsetPage(rows.orderBy('q.due_on').orderBy('q.received_at'), query);
  const counted = await overdue(requestRows(ctx.db).where(visibleRows(ctx.actor.user, 'portalRequest', 'q')))
    .clearSelect()
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return { items: page.rows.map((r) => toSummary(r, ctx.now())), total: page.total, overdue: counted.n };
}

/** A request the officer may handle, or 404 (its existence is the person's secret). */
export async function requestInHands(ctx: PersonServiceContext, id: string, action: 'read' | 'change') {
  const row = await requestRows(ctx.db).where('q.id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  assertMayDo(ctx.actor.user, action, 'portalRequest', ofProvince(row.province_code));
  return row;
}

/** Registry records a registration may be: the same name, in the officer's sight; `sure` by the import's rules. */
async function candidatesOf(ctx: PersonServiceContext, row: RequestRow) {
  if (row.payload.kind !== 'registration' || row.status !== 'open') return [];
  const person = personInputSchema.parse(row.payload.person);
  const found = await ctx.db
    .selectFrom('person as p')
    .select(['p.id', 'p.full_name', 'p.birth_year', 'p.hometown_province_code', 'p.residence_country'])
    .where('p.name_key', '=', sortedNameKey(person.fullName))
    .where('p.deleted_at', 'is', null)
    .where(visibleRows(ctx.actor.user, 'person', 'p'))
    .limit(20)
    .execute();
  const sure = new Set((await matchRowsToRegistry(ctx, [{ rowNumber: 1, person }])).map((m) => m.personId));
  return found.map((p) => ({
    personId: p.id,
    fullName: p.full_name,
    birthYear: p.birth_year,
    hometownProvinceCode: p.hometown_province_code,
    residenceCountry: p.residence_country,
    sure: sure.has(p.id),
  }));
}

/** A request as the officer handles it; reading it is reading personal data, so audited. */
export async function readRequest(ctx: PersonServiceContext, id: string): Promise<RequestDetail> {
  const row = await requestInHands(ctx, id, 'read');
  const parts = row.person_id ? await loadPersonParts(ctx.db, row.person_id) : null;
  const current = parts ? personInputOf(toPerson(parts, ctx.crypto, false)) : null;
  const messages = (await messagesOf(ctx.db, [row.id])).get(row.id) ?? [];
  await auditActor(ctx.db, ctx.actor, {
    action: 'portalRequest.read',
    entityType: 'portalRequest',
    entityId: row.id,
    provinces: [row.province_code],
    details: { reference: row.reference, kind: row.kind },
  });
  return {
    ...toSummary(row, ctx.now()),
    ...requestState(row, ctx.now()),
    email: row.email,
    version: row.version,
    lines: requestLines(row.payload, current, row.decision),
    messages,
    candidates: await candidatesOf(ctx, row),
  };
}
