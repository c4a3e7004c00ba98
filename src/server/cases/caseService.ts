import { inTransaction } from '../records/inTransaction';
import type { Kysely, Transaction, Updateable } from 'kysely';
import type { DB, ProtectionCaseTable } from '../../db/schema';
import type {
  CaseDetail,
  CaseInput,
  CaseListQuery,
  CaseUpdate,
  Referral,
  StatusChange,
} from '../../domain/cases/caseSchemas';
import { allowedTransitions, isAllowedTransition, isReopening, needsNote } from '../../domain/cases/caseWorkflow';
import { CASE_STATUS_LABELS, type CaseStatus } from '../../domain/cases/caseCategories';
import { CASE_TEXTS } from '../../domain/cases/caseTexts';
import { joinTexts, sameText } from '../../domain/text/texts';
import { normalizeText, toStoredText } from '../../domain/text/normalizeText';
import { auditActor } from '../audit/writeAudit';
import { refusedRecord } from '../audit/refusedRecord';
import { AppError, forbidden } from '../http/errors';
import { fieldError } from '../http/validationError';
import { countryCodeOf } from '../lists/listFilters';
import { allPages, offsetPage } from '../lists/offsetPage';
import { streamExport } from '../exports/streamExport';
import { CASE_EXPORT_COLUMNS } from '../../domain/cases/caseExportColumns';
import type { ExportFormat } from '../../domain/exports/exportFormats';
import { updateWithVersion } from '../records/updateWithVersion';
import type { ServiceContext } from '../serviceContext';
import { caseInHands } from './caseAccess';
import { auditCase, recordCaseEvent } from './caseEvents';
import { linkPerson } from './caseItems';
import { casesQuery, toCaseSummary } from './caseQueries';
import { vietnamDay, vietnamYear } from '../../domain/calendar/vietnamDay';
import { findProvince } from '../../domain/reference/resolveProvince';
import { keepingProvince, mayDo, policyUserOf, seesEvery } from '../access/policy';
import { accountsQuery } from '../auth/accountQuery';
import { unitOfRole } from '../../domain/auth/roles';
import { presentRow } from '../records/presentRow';

const auditList = (ctx: ServiceContext, action: string, query: CaseListQuery, details: Record<string, unknown>) =>
  auditActor(ctx.db, ctx.actor, {
    action,
    entityType: 'protection_case',
    details: { filters: { ...query, page: undefined, pageSize: undefined }, ...details },
  });

const filtersOf = (ctx: ServiceContext, query: CaseListQuery) => ({
  ...query,
  country: countryCodeOf(query.country, 'country'),
});

/** The cases the user may see; the list names cases, so its reading is audited. */
export async function listCases(ctx: ServiceContext, query: CaseListQuery) {
  const page = await offsetPage(
    casesQuery(ctx.db, ctx.actor.user, filtersOf(ctx, query), vietnamDay(ctx.now())),
    query,
  );
  await auditList(ctx, 'case.list', query, { cases: page.rows.length });
  return { items: page.rows.map(toCaseSummary), total: page.total };
}

/** The filtered list as a file (audited). */
export function exportCases(ctx: ServiceContext, query: CaseListQuery, format: ExportFormat) {
  const rows = allPages(casesQuery(ctx.db, ctx.actor.user, filtersOf(ctx, query), vietnamDay(ctx.now())));
  const pages = (async function* () {
    for await (const page of rows) yield page.map(toCaseSummary);
  })();
  return streamExport(format, CASE_EXPORT_COLUMNS, pages, (count, complete) =>
    auditList(ctx, 'case.export', query, { format, rows: count, complete }),
  );
}

/** Who holds a case: a province, or a mission abroad. */
type CaseHolder = { province_code: string | null; mission_id: string | null };

/** The next number of the holder's year: BH-92-2026-0007 (a province), BH-TOKYO-2026-0002 (a mission). */
async function nextCode(trx: Transaction<DB>, holder: CaseHolder, now: Date): Promise<string> {
  const year = vietnamYear(now);
  const number = (last: number, prefix: string) => `BH-${prefix}-${year}-${String(last).padStart(4, '0')}`;
  if (holder.mission_id) {
    const { last, code } = await trx
      .insertInto('mission_case_counter')
      .values({ mission_id: holder.mission_id, year, last: 1 })
      .onConflict((oc) =>
        oc.columns(['mission_id', 'year']).doUpdateSet((eb) => ({ last: eb('mission_case_counter.last', '+', 1) })),
      )
      .returning([
        'last',
        (eb) => eb.selectFrom('mission').select('code').where('id', '=', holder.mission_id).as('code'),
      ])
      .executeTakeFirstOrThrow();
    return number(last, code ?? 'CQDD');
  }
  const province = holder.province_code!;
  const { last } = await trx
    .insertInto('protection_case_counter')
    .values({ province_code: province, year, last: 1 })
    .onConflict((oc) =>
      oc.columns(['province_code', 'year']).doUpdateSet((eb) => ({ last: eb('protection_case_counter.last', '+', 1) })),
    )
    .returning('last')
    .executeTakeFirstOrThrow();
  return number(last, province);
}

/** The holder of a case the user opens: a mission officer's mission, else the province (keepingProvince). */
function holderOf(user: ServiceContext['actor']['user'], requested: string | null): CaseHolder {
  if (unitOfRole(user.role) !== 'mission') return { province_code: keepingProvince(user, requested), mission_id: null };
  if (!user.mission) throw forbidden();
  if (requested) throw fieldError('provinceCode', 'missionHoldsCase');
  return { province_code: null, mission_id: user.mission.id };
}

/** A user a case may be assigned to: active, working on cases, of the case's holder (or national). */
async function checkAssignee(db: Kysely<DB>, ctx: ServiceContext, userId: number, holder: CaseHolder, path: string) {
  const user = await accountsQuery(db).where('u.id', '=', userId).executeTakeFirst();
  // The assignee must be one the policy lets work the case once it is theirs.
  const scope = { provinces: [holder.province_code], missions: [holder.mission_id], assignedTo: userId };
  const fits = user?.is_active && mayDo(policyUserOf(user), 'change', 'case', scope);
  if (!fits) throw fieldError(path, 'assigneeInvalid');
}

function caseColumns(input: Omit<CaseUpdate, 'version' | 'outcome'>) {
  const title = toStoredText(input.title);
  return {
    country: input.country,
    type: input.type,
    urgency: input.urgency,
    title,
    title_search: normalizeText(title),
    summary: input.summary,
    location: input.location,
    occurred_on: input.occurredOn,
    reported_by: input.reportedBy,
  };
}

/** Opens a case (status received): assigned to its creator unless an administrator chose another officer. */
export async function createCase(ctx: ServiceContext, input: CaseInput): Promise<CaseDetail> {
  const user = ctx.actor.user;
  const holder = holderOf(user, input.provinceCode);
  if (input.assignedTo && input.assignedTo !== user.id && !seesEvery(user, 'case')) throw forbidden();
  const assignee = input.assignedTo ?? user.id;
  const id = await inTransaction(ctx.db, async (trx) => {
    await checkAssignee(trx, ctx, assignee, holder, 'assignedTo');
    const row = await trx
      .insertInto('protection_case')
      .values({
        ...caseColumns(input),
        code: await nextCode(trx, holder, ctx.now()),
        ...holder,
        assigned_to: assignee,
        created_by: user.id,
        updated_by: user.id,
      })
      .returning(['id', 'province_code', 'code'])
      .executeTakeFirstOrThrow();
    await recordCaseEvent(trx, ctx, row, 'created', { code: row.code, assignedTo: assignee });
    for (const [i, person] of input.persons.entries()) await linkPerson(trx, ctx, row, person, `persons.${i}.personId`);
    return row.id;
  });
  return readCase(ctx, id);
}

/** A case with its persons, tasks, files and timeline; the read is audited. */
export async function readCase(ctx: ServiceContext, id: string): Promise<CaseDetail> {
  const row = await casesQuery(ctx.db, ctx.actor.user, {}, vietnamDay(ctx.now()))
    .where('c.id', '=', id)
    .executeTakeFirst();
  if (!row) throw await refusedRecord(ctx.db, 'protection_case', id);
  const summary = toCaseSummary(row);
  const day = vietnamDay(ctx.now());
  const [persons, tasks, attachments, events] = await Promise.all([
    ctx.db
      .selectFrom('protection_case_person as cp')
      .innerJoin('person as p', 'p.id', 'cp.person_id')
      .select(['cp.person_id', 'cp.role', 'p.full_name', 'p.residence_country'])
      .where('cp.case_id', '=', id)
      .orderBy('p.full_name')
      .execute(),
    ctx.db
      .selectFrom('protection_case_task as t')
      .leftJoin('app_user as u', 'u.id', 't.done_by')
      .select(['t.id', 't.title', 't.due_on', 't.done_at', 'u.display_name'])
      .where('t.case_id', '=', id)
      .orderBy('t.done_at', (ob) => ob.desc().nullsFirst())
      .orderBy('t.due_on', (ob) => ob.asc().nullsLast())
      .orderBy('t.id')
      .execute(),
    ctx.db
      .selectFrom('protection_case_attachment as a')
      .leftJoin('app_user as u', 'u.id', 'a.uploaded_by')
      .select(['a.id', 'a.file_name', 'a.size', 'a.uploaded_at', 'u.display_name'])
      .where('a.case_id', '=', id)
      .orderBy('a.id')
      .execute(),
    ctx.db
      .selectFrom('protection_case_event as e')
      .leftJoin('app_user as u', 'u.id', 'e.by_user')
      .select(['e.id', 'e.at', 'e.kind', 'e.details', 'u.display_name'])
      .where('e.case_id', '=', id)
      .orderBy('e.id', 'desc')
      .execute(),
  ]);
  await auditCase(ctx.db, ctx, row, 'read');
  return {
    ...summary,
    ...presentRow(row, ['summary', 'location', 'occurred_on', 'reported_by', 'outcome', 'resolved_at', 'closed_at']),
    persons: persons.map((p) => presentRow(p, ['person_id', 'full_name', 'role', 'residence_country'])),
    tasks: tasks.map((t) => ({
      ...presentRow(t, ['id', 'title', 'due_on', 'done_at']),
      doneBy: t.display_name,
      isOverdue: !t.done_at && t.due_on !== null && t.due_on < day,
    })),
    attachments: attachments.map((a) => ({
      ...presentRow(a, ['id', 'file_name', 'size', 'uploaded_at']),
      uploadedBy: a.display_name,
    })),
    timeline: events.map((e) => ({
      id: e.id,
      at: e.at.toISOString(),
      by: e.display_name,
      kind: e.kind,
      details: e.details,
    })),
    nextStatuses: [...allowedTransitions(summary.status)],
  };
}

/** A change to a case, sent with the version the user read. */
function changeCase(
  trx: Kysely<DB>,
  ctx: ServiceContext,
  stored: { id: string; version: number },
  sent: number,
  set: Updateable<ProtectionCaseTable>,
) {
  const version = { read: stored.version, sent };
  return updateWithVersion(trx, { table: 'protection_case', id: stored.id, version, set });
}

export async function updateCase(ctx: ServiceContext, id: string, update: CaseUpdate): Promise<CaseDetail> {
  await ctx.db.transaction().execute(async (trx) => {
    const stored = await caseInHands(trx, ctx, id);
    const columns = { ...caseColumns(update), outcome: update.outcome };
    const changed = (Object.keys(columns) as (keyof typeof columns)[]).filter((k) => columns[k] !== stored[k]);
    await changeCase(trx, ctx, stored, update.version, columns);
    await recordCaseEvent(trx, ctx, stored, 'edited', { fields: changed.filter((f) => f !== 'title_search') });
  });
  return readCase(ctx, id);
}

/**
 * Moves a case along its workflow (see caseWorkflow). A step it may not take is refused with a 409
 * that names both statuses; closing and reopening say why.
 */
export async function changeStatus(ctx: ServiceContext, id: string, change: StatusChange): Promise<CaseDetail> {
  await ctx.db.transaction().execute(async (trx) => {
    const stored = await caseInHands(trx, ctx, id);
    const from = stored.status;
    if (!isAllowedTransition(from, change.status)) throw illegalTransition(from, change.status);
    if (needsNote(from, change.status) && !change.note) throw fieldError('note', 'required');
    const now = ctx.now();
    await changeCase(trx, ctx, stored, change.version, {
      status: change.status,
      ...(change.status === 'resolved' ? { resolved_at: now, outcome: change.outcome ?? stored.outcome } : {}),
      ...(change.status === 'closed' ? { closed_at: now } : {}),
      ...(isReopening(from, change.status) ? { resolved_at: null, closed_at: null } : {}),
    });
    await recordCaseEvent(trx, ctx, stored, isReopening(from, change.status) ? 'reopened' : 'status', {
      from,
      to: change.status,
      note: change.note,
    });
  });
  return readCase(ctx, id);
}

/** 409 naming the step refused and the steps the case may take. */
function illegalTransition(from: CaseStatus, to: CaseStatus): AppError {
  const label = (status: CaseStatus) => CASE_STATUS_LABELS[status];
  const allowed = joinTexts(allowedTransitions(from).map(label), sameText(', '));
  const params = { from: label(from), to: label(to), allowed };
  const detail = { path: 'status', code: 'illegalTransition', text: CASE_TEXTS.illegalTransition, params };
  return new AppError(409, 'ILLEGAL_TRANSITION', [detail]);
}

/** Gives a case to an officer of its province (administrators only). */
export async function assignCase(ctx: ServiceContext, id: string, userId: number, version: number) {
  if (!seesEvery(ctx.actor.user, 'case')) throw forbidden();
  await ctx.db.transaction().execute(async (trx) => {
    const stored = await caseInHands(trx, ctx, id);
    await checkAssignee(trx, ctx, userId, stored, 'userId');
    await changeCase(trx, ctx, stored, version, { assigned_to: userId });
    await recordCaseEvent(trx, ctx, stored, 'assigned', { from: stored.assigned_to, to: userId });
  });
  return readCase(ctx, id);
}

/**
 * Hands a case on. To an agency (Công an, Sở LĐTB&XH, an embassy…): it stays ours, they act. To the
 * Ministry: national administrators follow it (they see every case anyway). To another province:
 * the case becomes theirs, for their administrators to assign; whoever sent it no longer sees it.
 */
export async function referCase(ctx: ServiceContext, id: string, referral: Referral) {
  let stillVisible = true;
  await ctx.db.transaction().execute(async (trx) => {
    const stored = await caseInHands(trx, ctx, id);
    const set: Updateable<ProtectionCaseTable> = {};
    if (referral.to === 'agency') set.handled_by = referral.agency;
    if (referral.to === 'ministry') set.escalated_to_ministry = true;
    if (referral.to === 'province') {
      const target = referral.provinceCode ? findProvince(referral.provinceCode) : undefined;
      if (!target || target.code === stored.province_code) throw fieldError('provinceCode', 'unknownProvince');
      Object.assign(set, { province_code: target.code, mission_id: null, assigned_to: null });
      stillVisible = mayDo(ctx.actor.user, 'read', 'case', { provinces: [target.code], assignedTo: null });
    }
    await changeCase(trx, ctx, stored, referral.version, set);
    await recordCaseEvent(trx, ctx, stored, 'referred', {
      to: referral.to,
      agency: referral.agency,
      provinceCode: referral.provinceCode,
      note: referral.note,
    });
  });
  return stillVisible ? readCase(ctx, id) : null;
}
