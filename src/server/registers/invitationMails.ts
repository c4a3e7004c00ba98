import { dayText } from '../../domain/calendar/dayText';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { bilingualMail } from '../../domain/mail/bilingualMail';
import { REGISTER_TEXTS } from '../../domain/registers/registerTexts';
import { enqueueMail } from '../mail/outbox';
import { unsubscribeLink } from '../portal/unsubscribe';

/** What an invitation e-mail links to: the portal, and the link that stops such mail. */
export interface InvitationMailing {
  mac: (text: string) => string;
  publicUrl: string;
}

/**
 * E-mails the event's invitation to the persons (invited now, who agreed to be contacted) at their
 * first address, each with their own unsubscribe link; returns how many were queued.
 */
export async function mailInvitations(
  db: Kysely<DB>,
  mailing: InvitationMailing,
  eventId: string,
  personIds: readonly string[],
): Promise<number> {
  if (!personIds.length) return 0;
  const event = await db
    .selectFrom('event')
    .select(['title', 'start_on', 'end_on', 'location', 'province_code'])
    .where('id', '=', eventId)
    .executeTakeFirstOrThrow();
  const persons = await db
    .selectFrom('person')
    .select(['id', 'full_name', 'emails'])
    .where('id', 'in', personIds)
    .execute();
  const dates =
    event.start_on === event.end_on ? dayText(event.start_on) : `${dayText(event.start_on)}–${dayText(event.end_on)}`;
  const mails = persons.flatMap((p) => {
    const to = p.emails[0];
    if (!to) return [];
    const text = bilingualMail(REGISTER_TEXTS.eventInviteSubject, REGISTER_TEXTS.eventInviteBody, {
      name: p.full_name,
      title: event.title,
      dates,
      location: event.location ? `, ${event.location}` : '',
      portal: `${mailing.publicUrl}/cong-dan`,
      unsubscribe: unsubscribeLink(mailing, p.id),
    });
    return [{ ...text, kind: 'event.invitation', to, provinceCode: event.province_code }];
  });
  await enqueueMail(db, mails);
  return mails.length;
}
