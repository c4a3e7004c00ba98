import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type {
  Returnee,
  ReturneeInput,
  ReturneeListQuery,
  ReturneeSummary,
  SupportInput,
} from '../../domain/returnees/returneeSchemas';
import { auditOf } from '../audit/writeAudit';
import { refusedRecord } from '../audit/refusedRecord';
import { notFound } from '../http/errors';
import { fieldError } from '../http/validationError';
import { updateWithVersion } from '../records/updateWithVersion';
import { offsetPage } from '../lists/offsetPage';
import { containsText } from '../lists/containsText';
import type { ServiceContext } from '../serviceContext';
import { vietnamDay } from '../../domain/calendar/vietnamDay';
import { keepingProvince, mayDo, ofPerson, visibleRows } from '../access/policy';
import type { PolicyUser } from '../../domain/access/accessPolicy';
import { presentRow } from '../records/presentRow';

function returneesQuery(db: Kysely<DB>, user: PolicyUser, day: string) {
  return db
    .selectFrom('returnee as r')
    .innerJoin('person as p', 'p.id', 'r.person_id')
    .selectAll('r')
    .select(['p.full_name'])
    .select([
      sql<number>`(select count(*)::int from returnee_support s where s.returnee_id = r.id)`.as('support_count'),
      sql<string | null>`(select min(f.due_on)::text from returnee_follow_up f
        where f.returnee_id = r.id and f.done_on is null)`.as('next_follow_up'),
    ])
    .select(
      sql<boolean>`exists (select from returnee_follow_up f
        where f.returnee_id = r.id and f.done_on is null and f.due_on < ${day})`.as('follow_up_overdue'),
    )
    .orderBy('r.returned_on', 'desc')
    .where(visibleRows(user, 'returnee', 'r'))
    .orderBy('r.id');
}

type ReturneeRow = Awaited<ReturnType<ReturnType<typeof returneesQuery>['executeTakeFirstOrThrow']>>;

const toSummary = (r: ReturneeRow): ReturneeSummary => ({
  ...presentRow(r, [
    'id',
    'person_id',
    'full_name',
    'province_code',
    'returned_on',
    'from_country',
    'reason',
    'status',
  ]),
  supports: r.support_count,
  nextFollowUp: r.next_follow_up,
  isFollowUpOverdue: r.follow_up_overdue,
});

/** Returns recorded in the user's province, newest first. */
export async function listReturnees(ctx: ServiceContext, query: ReturneeListQuery) {
  let rows = returneesQuery(ctx.db, ctx.actor.user, vietnamDay(ctx.now()));
  if (query.q) rows = rows.where('p.name_search', 'like', containsText(query.q));
  if (query.status) rows = rows.where('r.status', '=', query.status);
  if (query.reason) rows = rows.where('r.reason', '=', query.reason);
  if (query.personId) rows = rows.where('r.person_id', '=', query.personId);
  if (query.overdue === 'true') {
    rows = rows.where(
      sql<boolean>`exists (select from returnee_follow_up f where f.returnee_id = r.id and f.done_on is null and f.due_on < ${vietnamDay(ctx.now())})`,
    );
  }
  const page = await offsetPage(rows, query);
  return { items: page.rows.map(toSummary), total: page.total };
}

const audit = auditOf('returnee');

/** A return of the user's province with its support and follow-ups; the read is audited. */
export async function readReturnee(ctx: ServiceContext, id: string, db: Kysely<DB> = ctx.db): Promise<Returnee> {
  const row = await returneesQuery(db, ctx.actor.user, vietnamDay(ctx.now())).where('r.id', '=', id).executeTakeFirst();
  if (!row) throw await refusedRecord(db, 'returnee', id);
  const [supports, followUps] = await Promise.all([
    db
      .selectFrom('returnee_support')
      .selectAll()
      .where('returnee_id', '=', id)
      .orderBy('given_on')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('returnee_follow_up')
      .selectAll()
      .where('returnee_id', '=', id)
      .orderBy('due_on')
      .orderBy('id')
      .execute(),
  ]);
  await audit(db, ctx.actor, 'read', id, row.province_code);
  return {
    ...toSummary(row),
    ...presentRow(row, ['case_id', 'notes', 'version']),
    supportList: supports.map((s) => ({
      id: s.id,
      kind: s.kind,
      givenOn: s.given_on,
      agency: s.agency,
      note: s.note,
    })),
    followUps: followUps.map((f) => ({ id: f.id, dueOn: f.due_on, doneOn: f.done_on, note: f.note })),
  };
}

/** The person must be of the user's jurisdiction; the case, when named, one they may see. */
async function checkReferences(db: Kysely<DB>, ctx: ServiceContext, input: ReturneeInput) {
  const person = await db
    .selectFrom('person')
    .select(['hometown_province_code', 'source_province_code'])
    .where('id', '=', input.personId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!person || !mayDo(ctx.actor.user, 'read', 'person', ofPerson(person)))
    throw fieldError('personId', 'personUnknown');
  if (input.caseId) {
    const theCase = await db
      .selectFrom('protection_case')
      .select('province_code')
      .where('id', '=', input.caseId)
      .executeTakeFirst();
    if (!theCase || theCase.province_code !== keepingProvince(ctx.actor.user, input.provinceCode)) {
      throw fieldError('caseId', 'caseUnknown');
    }
  }
}

const columnsOf = (input: ReturneeInput, province: string) => ({
  person_id: input.personId,
  province_code: province,
  returned_on: input.returnedOn,
  from_country: input.fromCountry,
  reason: input.reason,
  case_id: input.caseId,
  status: input.status,
  notes: input.notes,
});

export async function createReturnee(ctx: ServiceContext, input: ReturneeInput): Promise<Returnee> {
  const id = await ctx.db.transaction().execute((trx) => insertReturnee(trx, ctx, input));
  return readReturnee(ctx, id);
}

/** Records a return in the caller's transaction (a referral accepted records one too); its id. */
export async function insertReturnee(trx: Kysely<DB>, ctx: ServiceContext, input: ReturneeInput): Promise<string> {
  const province = keepingProvince(ctx.actor.user, input.provinceCode);
  await checkReferences(trx, ctx, input);
  const userId = ctx.actor.user.id;
  const row = await trx
    .insertInto('returnee')
    .values({ ...columnsOf(input, province), created_by: userId, updated_by: userId })
    .returning('id')
    .executeTakeFirstOrThrow();
  await audit(trx, ctx.actor, 'create', row.id, province);
  return row.id;
}

export async function updateReturnee(ctx: ServiceContext, id: string, input: ReturneeInput): Promise<Returnee> {
  await ctx.db.transaction().execute(async (trx) => {
    const stored = await readReturnee(ctx, id, trx);
    await checkReferences(trx, ctx, input);
    const province = keepingProvince(ctx.actor.user, input.provinceCode ?? stored.provinceCode);
    await updateWithVersion(trx, {
      table: 'returnee',
      id,
      version: { read: stored.version, sent: input.version ?? -1 },
      set: { ...columnsOf(input, province), updated_at: new Date(), updated_by: ctx.actor.user.id },
    });
    await audit(trx, ctx.actor, 'update', id, province);
  });
  return readReturnee(ctx, id);
}

/** A change to a return's support or follow-ups, recorded in the audit log with it. */
async function onReturnee(
  ctx: ServiceContext,
  id: string,
  action: string,
  change: (trx: Kysely<DB>) => Promise<unknown>,
) {
  await ctx.db.transaction().execute(async (trx) => {
    const stored = await readReturnee(ctx, id, trx);
    if ((await change(trx)) === 0) throw notFound();
    await audit(trx, ctx.actor, action, id, stored.provinceCode);
  });
  return readReturnee(ctx, id);
}

export function addSupport(ctx: ServiceContext, id: string, support: SupportInput) {
  return onReturnee(ctx, id, 'support', (trx) =>
    trx
      .insertInto('returnee_support')
      .values({
        returnee_id: id,
        kind: support.kind,
        given_on: support.givenOn,
        agency: support.agency,
        note: support.note,
        created_by: ctx.actor.user.id,
      })
      .execute(),
  );
}

export function addFollowUp(ctx: ServiceContext, id: string, followUp: { dueOn: string; note: string | null }) {
  return onReturnee(ctx, id, 'follow_up', (trx) =>
    trx
      .insertInto('returnee_follow_up')
      .values({ returnee_id: id, due_on: followUp.dueOn, note: followUp.note, created_by: ctx.actor.user.id })
      .execute(),
  );
}

/** Marks a follow-up done on a date (or not done, with null). */
export function setFollowUpDone(
  ctx: ServiceContext,
  id: string,
  followUpId: number,
  done: { doneOn: string | null; note: string | null },
) {
  return onReturnee(ctx, id, 'follow_up_done', async (trx) => {
    const updated = await trx
      .updateTable('returnee_follow_up')
      .set({ done_on: done.doneOn, ...(done.note ? { note: done.note } : {}) })
      .where('id', '=', followUpId)
      .where('returnee_id', '=', id)
      .executeTakeFirst();
    return Number(updated.numUpdatedRows);
  });
}
