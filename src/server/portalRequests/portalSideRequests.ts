import type { FastifyInstance, FastifyRequest } from 'fastify';
import { personInputOf } from '../../domain/persons/personInputOf';
import { personInputSchema, type PersonInput } from '../../domain/persons/personSchemas';
import { readProposedPhones } from '../../domain/portalRequests/changeFields';
import { PENDING_STATUSES } from '../../domain/portalRequests/requestKinds';
import { requestLines } from '../../domain/portalRequests/requestLines';
import type { MyRequest, RequestInput } from '../../domain/portalRequests/requestSchemas';
import { conflict, notFound } from '../http/errors';
import { fieldDetail, fieldError } from '../http/validationError';
import { loadPersonParts } from '../persons/loadPersonParts';
import { hometownOf, toPerson } from '../persons/personRecord';
import { writePortalAudit } from '../portal/portalAudit';
import type { PortalAccount } from '../portal/portalSessions';
import { mailAcknowledgement } from './requestMails';
import { addMessage, insertRequest, messagesOf, requestRows, requestState } from './requestStore';

/** The person's record as the form holds it, if linked and not deleted. */
async function linkedRecord(app: FastifyInstance, account: PortalAccount) {
  const parts = account.personId ? await loadPersonParts(app.db, account.personId) : null;
  return parts && !parts.row.deleted_at ? parts : null;
}

/**
 * Who handles a request: the province of the person's record (hometown, else the one that sent it
 * in), or of the hometown a registration names; the Ministry (null) when none is known.
 */
async function handlingProvince(app: FastifyInstance, account: PortalAccount, input: RequestInput) {
  if (input.kind === 'registration') {
    if (account.personId) throw fieldError('kind', 'requestHasRecord');
    const provinceCode = hometownOf(personInputSchema.parse({ ...input.person, phones: [] })).provinceCode;
    return { personId: null, provinceCode, residenceCountry: input.person.residenceCountry };
  }
  const parts = await linkedRecord(app, account);
  if (!parts) throw fieldError('kind', 'requestNeedsRecord');
  const { hometown_province_code, source_province_code } = parts.row;
  return {
    personId: parts.row.id,
    provinceCode: hometown_province_code ?? source_province_code,
    residenceCountry: parts.row.residence_country,
  };
}

/** The phones of a correction or registration read with the country the person lives in, or a 400 naming the one unreadable. */
function withPhonesRead(input: RequestInput, recordCountry: string | null): RequestInput {
  const read = (written: readonly string[], country: string | null, path: string) => {
    const result = readProposedPhones(written, country);
    if (!result.phones) throw fieldError(`${path}.${result.unreadable}`, 'phoneInvalid');
    return result.phones;
  };
  if (input.kind === 'change' && input.changes.phones) {
    const country = input.changes.residenceCountry ?? recordCountry;
    return { ...input, changes: { ...input.changes, phones: read(input.changes.phones, country, 'changes.phones') } };
  }
  if (input.kind === 'registration') {
    const phones = read(input.person.phones, input.person.residenceCountry, 'person.phones');
    return { ...input, person: { ...input.person, phones } };
  }
  return input;
}

/** One pending registration per account: a second would be a duplicate of the first. */
async function assertNoPendingRegistration(app: FastifyInstance, account: PortalAccount) {
  const pending = await app.db
    .selectFrom('portal_request')
    .select('id')
    .where('account_id', '=', account.id)
    .where('kind', '=', 'registration')
    .where('status', 'in', PENDING_STATUSES)
    .executeTakeFirst();
  if (pending) throw conflict([fieldDetail('kind', 'requestHasRecord')]);
}

/** Receives a request: kept with a reference and deadline, acknowledged by e-mail at once, audited. */
export async function submitRequest(
  app: FastifyInstance,
  request: FastifyRequest,
  account: PortalAccount,
  sent: RequestInput,
) {
  const { personId, provinceCode, residenceCountry } = await handlingProvince(app, account, sent);
  const input = withPhonesRead(sent, residenceCountry);
  if (input.kind === 'registration') await assertNoPendingRegistration(app, account);
  const now = app.clock();
  const id = await app.db.transaction().execute(async (trx) => {
    const stored = await insertRequest(trx, { accountId: account.id, personId, provinceCode, input }, now);
    const mailed = { reference: stored.reference, kind: input.kind, email: account.email, province_code: provinceCode };
    await mailAcknowledgement(trx, app.config.publicUrl, mailed, stored.due_on);
    await writePortalAudit(trx, request, account, {
      action: 'portal.request',
      provinces: [provinceCode],
      details: { reference: stored.reference, kind: input.kind },
    });
    return stored.id;
  });
  return (await myRequests(app, account, id))[0]!;
}

/** The person's requests, newest first (or the one asked for), with outcomes and messages. */
export async function myRequests(app: FastifyInstance, account: PortalAccount, id?: string): Promise<MyRequest[]> {
  let query = requestRows(app.db).where('q.account_id', '=', account.id).orderBy('q.received_at', 'desc');
  if (id) query = query.where('q.id', '=', id);
  const rows = await query.execute();
  const parts = await linkedRecord(app, account);
  const current: PersonInput | null = parts ? personInputOf(toPerson(parts, app.identityCrypto, false)) : null;
  const messages = await messagesOf(
    app.db,
    rows.map((r) => r.id),
  );
  const now = app.clock();
  return rows.map((row) => ({
    ...requestState(row, now),
    lines: requestLines(row.payload, current, row.decision),
    messages: messages.get(row.id) ?? [],
  }));
}

/** One of the person's own requests, still pending, or 404/409. */
async function ownPending(app: FastifyInstance, account: PortalAccount, id: string) {
  const row = await requestRows(app.db)
    .where('q.id', '=', id)
    .where('q.account_id', '=', account.id)
    .executeTakeFirst();
  if (!row) throw notFound();
  if (!PENDING_STATUSES.includes(row.status)) throw conflict([fieldDetail('status', 'requestSettled')]);
  return row;
}

/** The person withdraws a request not yet settled. */
export async function cancelRequest(app: FastifyInstance, request: FastifyRequest, account: PortalAccount, id: string) {
  const row = await ownPending(app, account, id);
  await app.db.transaction().execute(async (trx) => {
    await trx.updateTable('portal_request').set({ status: 'cancelled' }).where('id', '=', row.id).execute();
    await writePortalAudit(trx, request, account, {
      action: 'portal.request.cancel',
      provinces: [row.province_code],
      details: { reference: row.reference },
    });
  });
  return (await myRequests(app, account, id))[0]!;
}

/** The person writes to the officers about a pending request. */
export async function writeAsPerson(app: FastifyInstance, account: PortalAccount, id: string, body: string) {
  const row = await ownPending(app, account, id);
  await addMessage(app.db, { requestId: row.id, author: 'person', userId: null, body }, app.clock());
  return (await myRequests(app, account, id))[0]!;
}
