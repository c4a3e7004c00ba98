import type { FastifyInstance, FastifyRequest } from 'fastify';
import { vietnamDay } from '../../domain/calendar/vietnamDay';
import { writeAudit } from '../audit/writeAudit';
import { appendConsents } from '../consent/consentDecisions';
import { fieldError } from '../http/validationError';
import { readToken, signToken } from '../secrets/signedTokens';

const USE = 'unsubscribe';

/**
 * The link at the foot of every invitation and news e-mail: it withdraws the person's consent to
 * being contacted. It does not expire — an old message's link must still work.
 */
export function unsubscribeLink(portal: { mac: (text: string) => string; publicUrl: string }, personId: string) {
  return `${portal.publicUrl}/cong-dan/huy-nhan-thu?t=${signToken(portal.mac, USE, [personId])}`;
}

/** Withdraws contact consent for the person the token names (recorded as their own act, on the portal). */
export async function unsubscribe(app: FastifyInstance, request: FastifyRequest, token: string) {
  const [personId] = readToken(app.portalMac, USE, token) ?? [];
  if (typeof personId !== 'string') throw fieldError('token', 'portalInvitationInvalid');
  const person = await app.db.selectFrom('person').select('id').where('id', '=', personId).executeTakeFirst();
  if (!person) throw fieldError('token', 'portalInvitationInvalid');
  const now = app.clock();
  await app.db.transaction().execute(async (trx) => {
    await appendConsents(trx, personId, [{ purpose: 'contact', decision: 'withdrawn' }], {
      channel: 'portal',
      evidence: 'unsubscribe-link',
      decidedOn: vietnamDay(now),
      recordedBy: null,
      recordedAt: now,
    });
    await writeAudit(trx, {
      userId: null,
      username: 'portal:unsubscribe-link',
      action: 'portal.unsubscribe',
      entityType: 'person',
      entityId: personId,
      ip: request.ip,
    });
  });
  return { withdrawn: true as const };
}
