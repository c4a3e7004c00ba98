import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import { vietnamDay } from '../../domain/calendar/vietnamDay';
import { personInputOf } from '../../domain/persons/personInputOf';
import { personInputSchema } from '../../domain/persons/personSchemas';
import { applyAccepted, proposedFields } from '../../domain/portalRequests/changeFields';
import type { RequestStatus } from '../../domain/portalRequests/requestKinds';
import type { RequestDecisionInput, RequestInput, StoredDecision } from '../../domain/portalRequests/requestSchemas';
import { assertMayDo, jurisdictionOf, ofPerson } from '../access/policy';
import { createCase } from '../cases/caseService';
import { appendConsents } from '../consent/consentDecisions';
import { saveExpertProfile } from '../experts/profileService';
import { conflict, notFound } from '../http/errors';
import { fieldDetail, fieldError } from '../http/validationError';
import { toPerson } from '../persons/personRecord';
import { changePerson, insertPerson, setPersonDeleted, storedParts } from '../persons/writes/personWrites';
import type { PersonServiceContext } from '../serviceContext';
import type { RequestRow } from './requestStore';

/** What settling a request came to: its new status and what is kept of the decision. */
export interface Outcome {
  status: RequestStatus;
  decision: StoredDecision;
  personId?: string;
  caseId?: string;
}

type Decision<K extends RequestDecisionInput['kind']> = Extract<RequestDecisionInput, { kind: K }>;
/** Deletion, restriction, objection, expertise, protection: accepted, or refused with a reason. */
type AcceptDecision = { accept: boolean; reason: string | null };
type Payload<K extends RequestInput['kind']> = Extract<RequestInput, { kind: K }>;

const refused = (reason: string | null): Outcome => ({ status: 'rejected', decision: { reason } });

/** How the registry proves a decision came from a request: its reference, the officer who settled it. */
const byRequest = (ctx: PersonServiceContext, row: RequestRow) => ({
  evidence: `request:${row.reference}`,
  decidedOn: vietnamDay(ctx.now()),
  recordedAt: ctx.now(),
});

/** The request's record, as the officer may change it. */
async function recordOf(trx: Transaction<DB>, ctx: PersonServiceContext, row: RequestRow) {
  if (!row.person_id) throw notFound();
  const parts = await storedParts(trx, row.person_id);
  if (parts.row.deleted_at) throw notFound();
  assertMayDo(ctx.actor.user, 'change', 'person', ofPerson(parts.row));
  return parts;
}

/** A correction, field by field: the accepted ones written through the person write owner, with history. */
export async function settleChange(
  trx: Transaction<DB>,
  ctx: PersonServiceContext,
  row: RequestRow,
  payload: Payload<'change'>,
  decision: Decision<'change'>,
): Promise<Outcome> {
  const fields = proposedFields(payload.changes);
  const undecided = fields.find((field) => !decision.fields[field]);
  if (undecided) throw fieldError(`fields.${undecided}`, 'requestFieldUndecided');
  const accepted = fields.filter((field) => decision.fields[field]!.accept);
  if (accepted.length) {
    const before = await recordOf(trx, ctx, row);
    const input = applyAccepted(personInputOf(toPerson(before, ctx.crypto, true)), payload.changes, accepted);
    await changePerson(trx, ctx, { before, version: { sent: before.row.version }, input });
  }
  const kept = Object.fromEntries(
    fields.map((f) => [f, { accept: decision.fields[f]!.accept, reason: decision.fields[f]!.reason }]),
  );
  const status = accepted.length === fields.length ? 'accepted' : accepted.length ? 'partly_accepted' : 'rejected';
  return { status, decision: { reason: null, fields: kept } };
}

/** Links the account to the record, which no other account may hold. */
async function linkAccount(trx: Transaction<DB>, accountId: string, personId: string) {
  const holder = await trx
    .selectFrom('portal_account')
    .select('id')
    .where('person_id', '=', personId)
    .executeTakeFirst();
  if (holder && holder.id !== accountId) throw conflict([fieldDetail('personId', 'requestHasRecord')]);
  await trx.updateTable('portal_account').set({ person_id: personId }).where('id', '=', accountId).execute();
}

/**
 * A registration: linked to the record it is (the officer chose it among the candidates), or made a
 * new record (duplicate checking follows, as for any new person); the registry consent the person
 * ticked is then recorded on it.
 */
export async function settleRegistration(
  trx: Transaction<DB>,
  ctx: PersonServiceContext,
  row: RequestRow,
  payload: Payload<'registration'>,
  decision: Decision<'registration'>,
): Promise<Outcome> {
  if (decision.action === 'reject')
    return { ...refused(decision.reason), decision: { reason: decision.reason, action: 'reject' } };
  let personId: string;
  if (decision.action === 'link') {
    const parts = await storedParts(trx, decision.personId!).catch(() => null);
    if (!parts || parts.row.deleted_at) throw fieldError('personId', 'requestNeedsRecord');
    assertMayDo(ctx.actor.user, 'change', 'person', ofPerson(parts.row));
    personId = parts.row.id;
  } else {
    const scope = jurisdictionOf(ctx.actor.user) ?? row.province_code;
    const input = personInputSchema.parse({ ...payload.person, sourceProvinceCode: scope });
    personId = (await insertPerson(trx, ctx, input)).row.id;
  }
  await linkAccount(trx, row.account_id, personId);
  await appendConsents(trx, personId, [{ purpose: 'registry', decision: 'given' }], {
    channel: 'portal',
    recordedBy: ctx.actor.user.id,
    ...byRequest(ctx, row),
  });
  return { status: 'accepted', decision: { reason: decision.reason, action: decision.action }, personId };
}

/**
 * Deletion, restriction, objection: carried out when accepted — the record deleted (and keeping it
 * withdrawn), or the uses named withdrawn — each proven by the request's reference.
 */
export async function settleRight(
  trx: Transaction<DB>,
  ctx: PersonServiceContext,
  row: RequestRow,
  payload: Payload<'deletion' | 'restriction' | 'objection'>,
  decision: AcceptDecision,
): Promise<Outcome> {
  if (!decision.accept) return refused(decision.reason);
  const before = await recordOf(trx, ctx, row);
  const purposes = payload.kind === 'deletion' ? (['registry'] as const) : payload.purposes;
  const how = { channel: 'officer' as const, recordedBy: ctx.actor.user.id, ...byRequest(ctx, row) };
  await appendConsents(
    trx,
    before.row.id,
    purposes.map((purpose) => ({ purpose, decision: 'withdrawn' as const })),
    how,
  );
  if (payload.kind === 'deletion') await setPersonDeleted(trx, ctx, { before, deleted: true });
  return { status: 'accepted', decision: { reason: decision.reason } };
}

/** An offer of expertise becomes the person's expert profile, and the person's agreement to be proposed is recorded. */
export async function settleExpertise(
  trx: Transaction<DB>,
  ctx: PersonServiceContext,
  row: RequestRow,
  payload: Payload<'expertise'>,
  decision: AcceptDecision,
): Promise<Outcome> {
  if (!decision.accept) return refused(decision.reason);
  const { row: person } = await recordOf(trx, ctx, row);
  const stored = await trx
    .selectFrom('expert_profile')
    .select('version')
    .where('person_id', '=', person.id)
    .executeTakeFirst();
  await saveExpertProfile({ ...ctx, db: trx }, person.id, { ...payload.profile, version: stored?.version });
  const how = { channel: 'portal' as const, recordedBy: ctx.actor.user.id, ...byRequest(ctx, row) };
  await appendConsents(trx, person.id, [{ purpose: 'expert', decision: 'given' }], how);
  return { status: 'accepted', decision: { reason: decision.reason } };
}

/** A call for protection becomes a case of the province, assigned to the officer, the person its subject. */
export async function settleProtection(
  trx: Transaction<DB>,
  ctx: PersonServiceContext,
  row: RequestRow,
  payload: Payload<'protection'>,
  decision: AcceptDecision,
): Promise<Outcome> {
  if (!decision.accept) return refused(decision.reason);
  const opened = await createCase(
    { ...ctx, db: trx },
    {
      provinceCode: row.province_code,
      country: payload.country,
      type: payload.caseType,
      urgency: payload.urgency,
      title: payload.title,
      summary: payload.summary,
      location: payload.location,
      occurredOn: null,
      reportedBy: `${row.full_name ?? ''} <${row.email}> (${row.reference})`.trim(),
      persons: row.person_id ? [{ personId: row.person_id, role: 'subject' }] : [],
    },
  );
  return { status: 'accepted', decision: { reason: decision.reason }, caseId: opened.id };
}

/** Help with a procedure: taken up (in progress), done, or refused with a reason. */
export function settleProcedure(decision: Decision<'procedure'>): Outcome {
  return { status: decision.status, decision: { reason: decision.reason } };
}
