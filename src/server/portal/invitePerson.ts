import { dayText } from '../../domain/calendar/dayText';
import { bilingualMail } from '../../domain/mail/bilingualMail';
import { PORTAL_TEXTS } from '../../domain/portal/portalTexts';
import { assertMayDo, ofPerson } from '../access/policy';
import { auditActor } from '../audit/writeAudit';
import { notFound } from '../http/errors';
import { enqueueMail } from '../mail/outbox';
import { personRowProvinces } from '../persons/personProvinces';
import { visibleParts } from '../persons/personService';
import type { PersonServiceContext } from '../serviceContext';
import { INVITATION_DAYS, signInvitation } from './portalInvitations';

/**
 * An officer invites the person to the portal: a signed link, good for INVITATION_DAYS, e-mailed
 * to the address given (it must be the one they sign in with), links their account to this record.
 */
export async function invitePerson(
  ctx: PersonServiceContext,
  portal: { mac: (text: string) => string; publicUrl: string },
  personId: string,
  email: string,
) {
  const { row } = await visibleParts(ctx, ctx.db, personId);
  if (row.deleted_at) throw notFound();
  assertMayDo(ctx.actor.user, 'change', 'person', ofPerson(row));
  const expiresAt = new Date(ctx.now().getTime() + INVITATION_DAYS * 86_400_000);
  const token = signInvitation(portal.mac, { personId, email, expiresAt: expiresAt.getTime() });
  const link = `${portal.publicUrl}/cong-dan?email=${encodeURIComponent(email)}&moi=${token}`;
  const expires = dayText(expiresAt.toISOString());
  const mail = bilingualMail(PORTAL_TEXTS.portalInviteSubject, PORTAL_TEXTS.portalInviteBody, {
    name: row.full_name,
    link,
    expires,
  });
  const provinces = personRowProvinces(row);
  await ctx.db.transaction().execute(async (trx) => {
    await enqueueMail(trx, [{ ...mail, kind: 'portal.invitation', to: email, provinceCode: provinces[0] ?? null }]);
    await auditActor(trx, ctx.actor, {
      action: 'person.portalInvitation',
      entityType: 'person',
      entityId: personId,
      provinces,
    });
  });
  return { link, expiresAt: expiresAt.toISOString() };
}
