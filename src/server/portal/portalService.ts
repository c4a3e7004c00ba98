import type { FastifyInstance, FastifyRequest } from 'fastify';
import { vietnamDay } from '../../domain/calendar/vietnamDay';
import type { PortalMe } from '../../domain/portal/portalSchemas';
import { appendConsents } from '../consent/consentDecisions';
import { consentSummaries } from '../consent/consentConditions';
import { conflict, notFound } from '../http/errors';
import { fieldDetail, fieldError } from '../http/validationError';
import { loadPersonParts } from '../persons/loadPersonParts';
import { personRowProvinces } from '../persons/personProvinces';
import { readInvitation } from './portalInvitations';
import { useSignInCode } from './portalCodes';
import { toPortalRecord } from './portalRecord';
import { consentHistoryOf, readsOfRecord } from './portalTransparency';
import { auditPortal } from './portalAudit';
import { createPortalSession, type PortalAccount } from './portalSessions';

/**
 * Signs in with the code sent to the address: the account is made on first sign-in, and an
 * invitation (checked before the code is spent) links it to the registry's record of the person.
 */
export async function verifySignIn(
  app: FastifyInstance,
  request: FastifyRequest,
  body: { email: string; code: string; invitation?: string },
) {
  const now = app.clock();
  const invitation = body.invitation ? readInvitation(app.portalMac, body.invitation, body.email, now) : null;
  if (body.invitation && !invitation) throw fieldError('invitation', 'portalInvitationInvalid');
  await useSignInCode(app.db, app.portalMac, body.email, body.code, now);
  const account = await app.db
    .insertInto('portal_account')
    .values({ email: body.email, last_login_at: now })
    .onConflict((oc) => oc.column('email').doUpdateSet({ last_login_at: now }))
    .returning(['id', 'email', 'person_id'])
    .executeTakeFirstOrThrow();
  let personId = account.person_id;
  if (invitation && personId !== invitation.personId) {
    const taken = await app.db
      .selectFrom('portal_account')
      .select('id')
      .where('person_id', '=', invitation.personId)
      .executeTakeFirst();
    if (taken || personId) throw conflict([fieldDetail('invitation', 'portalInvitationInvalid')]);
    await app.db
      .updateTable('portal_account')
      .set({ person_id: invitation.personId })
      .where('id', '=', account.id)
      .execute();
    personId = invitation.personId;
  }
  const signedIn = { id: account.id, email: account.email, personId };
  await auditPortal(app, request, signedIn, { action: 'portal.signin', details: { linked: invitation !== null } });
  return { account: signedIn, session: await createPortalSession(app.db, account.id, now) };
}

/** What the person sees: their address, and once linked, their record and consents. Audited as a read. */
export async function portalMe(
  app: FastifyInstance,
  request: FastifyRequest,
  account: PortalAccount,
): Promise<PortalMe> {
  const csrfToken = request.portalCsrfToken ?? '';
  if (!account.personId) return { email: account.email, csrfToken, record: null, consents: null };
  const parts = await loadPersonParts(app.db, account.personId);
  if (!parts || parts.row.deleted_at) return { email: account.email, csrfToken, record: null, consents: null };
  await auditPortal(app, request, account, { action: 'portal.record', provinces: personRowProvinces(parts.row) });
  return { email: account.email, csrfToken, record: toPortalRecord(parts), consents: parts.consents };
}

/** The person agrees to a purpose or withdraws, in one click; recorded with the text version they were shown. */
export async function portalConsent(
  app: FastifyInstance,
  request: FastifyRequest,
  account: PortalAccount,
  body: { purpose: 'registry' | 'contact' | 'expert' | 'sharing' | 'publication'; decision: 'given' | 'withdrawn' },
) {
  if (!account.personId) throw notFound();
  const now = app.clock();
  await appendConsents(app.db, account.personId, [body], {
    channel: 'portal',
    evidence: `portal:${account.id}`,
    decidedOn: vietnamDay(now),
    recordedBy: null,
    recordedAt: now,
  });
  await auditPortal(app, request, account, { action: 'portal.consent', details: body });
  return (await consentSummaries(app.db, [account.personId])).get(account.personId)!;
}

/** Who read the person's record (count by reader and month): the transparency the person is owed. */
export async function portalReads(app: FastifyInstance, account: PortalAccount) {
  return account.personId ? readsOfRecord(app.db, account.personId) : [];
}

/** Everything the person may see, as one file to keep (right of access); audited. */
export async function portalExport(app: FastifyInstance, request: FastifyRequest, account: PortalAccount) {
  const me = await portalMe(app, request, account);
  const personId = me.record ? account.personId : null;
  await auditPortal(app, request, account, { action: 'portal.export' });
  return {
    exportedAt: app.clock().toISOString(),
    email: me.email,
    record: me.record,
    consents: personId ? await consentHistoryOf(app.db, personId) : [],
    reads: personId ? await readsOfRecord(app.db, personId) : [],
  };
}
