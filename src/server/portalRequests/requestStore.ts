import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import { vietnamDay, vietnamYear } from '../../domain/calendar/vietnamDay';
import { dueOn, isOverdue } from '../../domain/portalRequests/requestKinds';
import type { RequestInput } from '../../domain/portalRequests/requestSchemas';

/** The next reference of the year, YC-2026-000042: one series for the country, quoted on the phone. */
async function nextReference(trx: Transaction<DB>, now: Date): Promise<string> {
  const year = vietnamYear(now);
  const { last } = await trx
    .insertInto('portal_request_counter')
    .values({ year, last: 1 })
    .onConflict((oc) => oc.column('year').doUpdateSet((eb) => ({ last: eb('portal_request_counter.last', '+', 1) })))
    .returning('last')
    .executeTakeFirstOrThrow();
  return `YC-${year}-${String(last).padStart(6, '0')}`;
}

/** Keeps a request as received, with its reference and deadline. */
export async function insertRequest(
  trx: Transaction<DB>,
  request: { accountId: string; personId: string | null; provinceCode: string | null; input: RequestInput },
  now: Date,
) {
  return trx
    .insertInto('portal_request')
    .values({
      reference: await nextReference(trx, now),
      account_id: request.accountId,
      person_id: request.personId,
      kind: request.input.kind,
      province_code: request.provinceCode,
      payload: JSON.stringify(request.input),
      received_at: now,
      due_on: dueOn(request.input.kind, vietnamDay(now)),
    })
    .returning(['id', 'reference', 'due_on'])
    .executeTakeFirstOrThrow();
}

/** A request's row with the address of its account and the number of the case opened from it. */
export function requestRows(db: Kysely<DB>) {
  return db
    .selectFrom('portal_request as q')
    .innerJoin('portal_account as a', 'a.id', 'q.account_id')
    .leftJoin('person as p', 'p.id', 'q.person_id')
    .leftJoin('protection_case as c', 'c.id', 'q.case_id')
    .selectAll('q')
    .select(['a.email', 'p.full_name', 'c.code as case_code']);
}
export type RequestRow = Awaited<ReturnType<ReturnType<typeof requestRows>['executeTakeFirstOrThrow']>>;

/** The messages of some requests, oldest first, by request. */
export async function messagesOf(db: Kysely<DB>, requestIds: readonly string[]) {
  const byRequest = new Map<string, { author: 'person' | 'officer'; body: string; createdAt: string }[]>();
  if (!requestIds.length) return byRequest;
  const rows = await db
    .selectFrom('portal_request_message')
    .select(['request_id', 'author', 'body', 'created_at'])
    .where('request_id', 'in', requestIds)
    .orderBy('id')
    .execute();
  for (const row of rows) {
    const list = byRequest.get(row.request_id) ?? [];
    list.push({ author: row.author, body: row.body, createdAt: row.created_at.toISOString() });
    byRequest.set(row.request_id, list);
  }
  return byRequest;
}

export async function addMessage(
  db: Kysely<DB>,
  message: { requestId: string; author: 'person' | 'officer'; userId: number | null; body: string },
  now: Date,
) {
  await db
    .insertInto('portal_request_message')
    .values({
      request_id: message.requestId,
      author: message.author,
      user_id: message.userId,
      body: message.body,
      created_at: now,
    })
    .execute();
}

/** What both sides see of a request's state: its dates, whether it is overdue, the outcome's reason. */
export function requestState(row: RequestRow, now: Date) {
  const due = row.due_on;
  return {
    id: row.id,
    reference: row.reference,
    kind: row.kind,
    status: row.status,
    receivedAt: row.received_at.toISOString(),
    dueOn: due,
    overdue: isOverdue(row.status, due, vietnamDay(now)),
    decidedAt: row.decided_at?.toISOString() ?? null,
    reason: row.decision?.reason ?? null,
    caseCode: row.case_code,
  };
}
