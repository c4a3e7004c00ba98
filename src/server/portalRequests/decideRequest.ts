import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import { PENDING_STATUSES } from '../../domain/portalRequests/requestKinds';
import { requestLines } from '../../domain/portalRequests/requestLines';
import type { RequestDecisionInput } from '../../domain/portalRequests/requestSchemas';
import { auditActor } from '../audit/writeAudit';
import { conflict } from '../http/errors';
import { fieldDetail, fieldError, versionConflict } from '../http/validationError';
import type { PersonServiceContext } from '../serviceContext';
import { mailOfficerMessage, mailOutcome } from './requestMails';
import { readRequest, requestInHands } from './requestQueue';
import {
  settleChange,
  settleExpertise,
  settleProcedure,
  settleProtection,
  settleRegistration,
  settleRight,
  type Outcome,
} from './requestOutcomes';
import { addMessage, type RequestRow } from './requestStore';

/** Carries out the decision the officer made, by the request's kind (the decision must be of that kind). */
function settle(trx: Transaction<DB>, ctx: PersonServiceContext, row: RequestRow, decision: RequestDecisionInput) {
  const payload = row.payload;
  const mismatch = () => fieldError('kind', 'requestKindMismatch');
  switch (decision.kind) {
    case 'change':
      if (payload.kind !== 'change') throw mismatch();
      return settleChange(trx, ctx, row, payload, decision);
    case 'registration':
      if (payload.kind !== 'registration') throw mismatch();
      return settleRegistration(trx, ctx, row, payload, decision);
    case 'procedure':
      if (payload.kind !== 'procedure') throw mismatch();
      return Promise.resolve(settleProcedure(decision));
    default:
      if (payload.kind !== decision.kind) throw mismatch();
      if (payload.kind === 'expertise') return settleExpertise(trx, ctx, row, payload, decision);
      if (payload.kind === 'protection') return settleProtection(trx, ctx, row, payload, decision);
      if (payload.kind === 'deletion' || payload.kind === 'restriction' || payload.kind === 'objection')
        return settleRight(trx, ctx, row, payload, decision);
      throw mismatch();
  }
}

/** Stores the outcome at the version the officer read (another officer's decision first is a 409). */
async function storeOutcome(trx: Transaction<DB>, ctx: PersonServiceContext, row: RequestRow, outcome: Outcome) {
  const pending = outcome.status === 'in_progress';
  const changed = await trx
    .updateTable('portal_request')
    .set({
      status: outcome.status,
      decision: JSON.stringify(outcome.decision),
      decided_at: pending ? null : ctx.now(),
      decided_by: ctx.actor.user.id,
      person_id: outcome.personId ?? row.person_id,
      case_id: outcome.caseId ?? row.case_id,
      version: row.version + 1,
    })
    .where('id', '=', row.id)
    .where('version', '=', row.version)
    .executeTakeFirst();
  if (!changed.numUpdatedRows) throw versionConflict();
}

/**
 * Settles a pending request: carried out through the owners of what it changes (person writes,
 * consent, expert profile, case), stored, audited and, once final, the outcome e-mailed to the person
 * — all in one transaction.
 */
export async function decideRequest(
  ctx: PersonServiceContext,
  publicUrl: string,
  id: string,
  decision: RequestDecisionInput,
) {
  const row = await requestInHands(ctx, id, 'change');
  if (!PENDING_STATUSES.includes(row.status)) throw conflict([fieldDetail('status', 'requestSettled')]);
  if (decision.version !== row.version) throw versionConflict();
  await ctx.db.transaction().execute(async (trx) => {
    const outcome = await settle(trx, ctx, row, decision);
    await storeOutcome(trx, ctx, row, outcome);
    if (outcome.status !== 'in_progress') {
      const lines = requestLines(row.payload, null, outcome.decision);
      await mailOutcome(trx, publicUrl, { ...row, status: outcome.status }, { lines, reason: outcome.decision.reason });
    }
    await auditActor(trx, ctx.actor, {
      action: 'portalRequest.decide',
      entityType: 'portalRequest',
      entityId: row.id,
      provinces: [row.province_code],
      details: { reference: row.reference, kind: row.kind, status: outcome.status },
    });
  });
  return readRequest(ctx, id);
}

/** An officer writes to the person about a pending request; the person is told by e-mail. */
export async function writeAsOfficer(ctx: PersonServiceContext, publicUrl: string, id: string, body: string) {
  const row = await requestInHands(ctx, id, 'change');
  if (!PENDING_STATUSES.includes(row.status)) throw conflict([fieldDetail('status', 'requestSettled')]);
  await ctx.db.transaction().execute(async (trx) => {
    await addMessage(trx, { requestId: row.id, author: 'officer', userId: ctx.actor.user.id, body }, ctx.now());
    await mailOfficerMessage(trx, publicUrl, row);
    await auditActor(trx, ctx.actor, {
      action: 'portalRequest.message',
      entityType: 'portalRequest',
      entityId: row.id,
      provinces: [row.province_code],
      details: { reference: row.reference },
    });
  });
  return readRequest(ctx, id);
}
