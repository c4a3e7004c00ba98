import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { can, unitOfRole } from '../../domain/auth/roles';
import type {
  Referral,
  ReferralDecision,
  ReferralInput,
  ReferralListQuery,
  ReferralOutcome,
  ReferralStatus,
} from '../../domain/referrals/referralSchemas';
import { REFERRAL_STATUS_LABELS } from '../../domain/referrals/referralSchemas';
import { vietnamYear } from '../../domain/calendar/vietnamDay';
import { auditOf } from '../audit/writeAudit';
import { AppError, conflict, forbidden, notFound } from '../http/errors';
import { fieldDetail } from '../http/validationError';
import { offsetPage } from '../lists/offsetPage';
import { inTransaction } from '../records/inTransaction';
import { updateWithVersion } from '../records/updateWithVersion';
import type { ServiceContext } from '../serviceContext';
import { recordCaseEvent } from '../cases/caseEvents';
import { insertReturnee } from '../returnees/returneeService';
import { jurisdictionOf } from '../access/policy';
import { isReceiver, referralsQuery, toReferral, type ReferralRow } from './referralQueries';
import { sharingConsentOf } from './referralConsent';
import { referralEnds } from './referralTargets';
import { referralSubject } from './referralSubject';

const audit = auditOf('referral');
const provincesOf = (row: { from_province_code: string | null; to_province_code: string | null }) => [
  row.from_province_code,
  row.to_province_code,
];

/** The next number of the year: CT-2026-000042. */
async function nextCode(trx: Kysely<DB>, now: Date): Promise<string> {
  const year = vietnamYear(now);
  const { last } = await trx
    .insertInto('referral_counter')
    .values({ year, last: 1 })
    .onConflict((oc) => oc.column('year').doUpdateSet((eb) => ({ last: eb('referral_counter.last', '+', 1) })))
    .returning('last')
    .executeTakeFirstOrThrow();
  return `CT-${year}-${String(last).padStart(6, '0')}`;
}

/** One referral of a case (a returnee) to one receiver at a time: a second while one is open is refused. */
async function assertNoneOpen(trx: Kysely<DB>, input: ReferralInput, ends: Awaited<ReturnType<typeof referralEnds>>) {
  const open = await trx
    .selectFrom('referral')
    .select('id')
    .where((eb) => (input.caseId ? eb('case_id', '=', input.caseId) : eb('person_id', '=', input.personId)))
    .where('subject', '=', input.subject)
    .where('status', 'in', ['pending', 'accepted'])
    .where((eb) =>
      ends.to_mission_id
        ? eb('to_mission_id', '=', ends.to_mission_id)
        : eb('to_province_code', '=', ends.to_province_code),
    )
    .executeTakeFirst();
  if (open) throw conflict([fieldDetail('personId', 'referralOpen')]);
}

/**
 * Sends a referral: the case must be one the sender's unit holds (the person a subject of it), the
 * returnee a person the sender sees; the person must have agreed to sharing. The case's timeline
 * says so; the receiver sees the case from now on, until they reject it.
 */
export async function sendReferral(ctx: ServiceContext, input: ReferralInput): Promise<Referral> {
  const id = await inTransaction(ctx.db, async (trx) => {
    const subject = await referralSubject(trx, ctx, input);
    const ends = await referralEnds(trx, ctx, input, subject);
    const consent = await sharingConsentOf(trx, input.personId);
    await assertNoneOpen(trx, input, ends);
    const code = await nextCode(trx, ctx.now());
    const row = await trx
      .insertInto('referral')
      .values({
        code,
        subject: input.subject,
        case_id: input.caseId,
        person_id: input.personId,
        ...ends,
        reason: input.reason,
        returned_on: input.returnedOn,
        consent_id: consent.id,
        created_at: ctx.now(),
        created_by: ctx.actor.user.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, ctx.actor, 'send', row.id, provincesOf(ends), { code, consentId: consent.id });
    if (subject.theCase) await noteOnCase(trx, ctx, subject.theCase, row.id, input.reason);
    return row.id;
  });
  return readReferral(ctx, id, ctx.db, false);
}

/** The referral's line on its case's timeline: its number, receiver and status (with a note). */
async function noteOnCase(
  trx: Kysely<DB>,
  ctx: ServiceContext,
  theCase: { id: string; province_code: string | null },
  referralId: string,
  note: string | null,
) {
  const referral = toReferral(await referralRow(trx, ctx, referralId), ctx.actor.user);
  const details = { referralId, code: referral.code, toName: referral.to.name, status: referral.status, note };
  await recordCaseEvent(trx, ctx, theCase, 'referral', details);
}

async function referralRow(db: Kysely<DB>, ctx: ServiceContext, id: string, lock = false): Promise<ReferralRow> {
  let query = referralsQuery(db, ctx.actor.user).where('f.id', '=', id);
  if (lock) query = query.forUpdate('f');
  const row = await query.executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** A referral the user may see; reading it (it names a person and why) is audited. */
export async function readReferral(ctx: ServiceContext, id: string, db: Kysely<DB> = ctx.db, audited = true) {
  const row = await referralRow(db, ctx, id);
  if (audited) await audit(db, ctx.actor, 'read', id, provincesOf(row));
  return toReferral(row, ctx.actor.user);
}

export async function listReferrals(ctx: ServiceContext, query: ReferralListQuery) {
  let rows = referralsQuery(ctx.db, ctx.actor.user);
  const user = ctx.actor.user;
  const mission = unitOfRole(user.role) === 'mission' ? (user.mission?.id ?? null) : null;
  const province = jurisdictionOf(user);
  if (query.box !== 'all' && (mission || province)) {
    const [toColumn, fromColumn] = mission
      ? (['f.to_mission_id', 'f.from_mission_id'] as const)
      : (['f.to_province_code', 'f.from_province_code'] as const);
    rows = rows.where(query.box === 'received' ? toColumn : fromColumn, '=', (mission ?? province)!);
  }
  if (query.status) rows = rows.where('f.status', '=', query.status);
  const page = await offsetPage(rows, query);
  await audit(ctx.db, ctx.actor, 'list', '', province, { box: query.box, rows: page.rows.length });
  return { items: page.rows.map((row) => toReferral(row, user)), total: page.total };
}

/** 409 naming the referral's status, for a step it may not take there. */
const stepRefused = (status: ReferralStatus) =>
  new AppError(409, 'REFERRAL_STEP_NOT_ALLOWED', [
    fieldDetail('status', 'referralStep', { status: REFERRAL_STATUS_LABELS[status] }),
  ]);

/** A step only the receiver's managers take, on a referral at `from`, in one transaction with its records. */
async function receiverStep(
  ctx: ServiceContext,
  id: string,
  from: ReferralStatus,
  step: (trx: Kysely<DB>, row: ReferralRow) => Promise<void>,
) {
  await inTransaction(ctx.db, async (trx) => {
    const row = await referralRow(trx, ctx, id, true);
    if (!isReceiver(ctx.actor.user, row) || !can(ctx.actor.user.role, 'cases.manage')) throw forbidden();
    if (row.status !== from) throw stepRefused(row.status);
    await step(trx, row);
  });
  return readReferral(ctx, id, ctx.db, false);
}

/**
 * Accepts or rejects a pending referral. Accepting checks the consent again (it may have been
 * withdrawn since); a returnee accepted by the home province is recorded among its returns.
 */
export function decideReferral(ctx: ServiceContext, id: string, decision: ReferralDecision) {
  return receiverStep(ctx, id, 'pending', async (trx, row) => {
    const accepted = decision.decision === 'accept';
    if (accepted) await sharingConsentOf(trx, row.person_id);
    const returneeId = accepted && row.subject === 'returnee' ? await recordReturn(trx, ctx, row) : null;
    await updateWithVersion(trx, {
      table: 'referral',
      id,
      version: { read: row.version, sent: decision.version },
      set: {
        status: accepted ? 'accepted' : 'rejected',
        decision_note: decision.note,
        decided_at: ctx.now(),
        decided_by: ctx.actor.user.id,
        returnee_id: returneeId,
      },
    });
    await audit(trx, ctx.actor, accepted ? 'accept' : 'reject', id, provincesOf(row));
    if (row.case_id) await noteOnCase(trx, ctx, caseRef(row), id, decision.note);
  });
}

/** The outcome of an accepted referral: what the receiver did (an assistance given, a person found). */
export function completeReferral(ctx: ServiceContext, id: string, outcome: ReferralOutcome) {
  return receiverStep(ctx, id, 'accepted', async (trx, row) => {
    await updateWithVersion(trx, {
      table: 'referral',
      id,
      version: { read: row.version, sent: outcome.version },
      set: { status: 'completed', outcome: outcome.outcome, completed_at: ctx.now(), completed_by: ctx.actor.user.id },
    });
    await audit(trx, ctx.actor, 'complete', id, provincesOf(row));
    if (row.case_id) await noteOnCase(trx, ctx, caseRef(row), id, outcome.outcome);
  });
}

const caseRef = (row: ReferralRow) => ({
  id: row.case_id!,
  province_code: row.from_province_code ?? row.to_province_code,
});

/** The returnee a province takes on from a mission: a return of its own, to follow up. */
function recordReturn(trx: Kysely<DB>, ctx: ServiceContext, row: ReferralRow) {
  return insertReturnee(trx, ctx, {
    personId: row.person_id,
    provinceCode: row.to_province_code,
    returnedOn: row.returned_on!,
    fromCountry: row.from_mission_country,
    reason: 'other',
    caseId: null,
    status: 'following',
    notes: `${row.code}: ${row.reason}`,
  });
}
