import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { MailTransport, OutgoingMail } from './mailTransport';

/** A message to send: what it is about (`kind`, for the outbox's reader) and the province it concerns. */
export interface QueuedMail extends OutgoingMail {
  kind: string;
  provinceCode: string | null;
}

/** Puts messages in the outbox, in the caller's transaction: they leave only if it commits. */
export async function enqueueMail(db: Kysely<DB>, mails: readonly QueuedMail[]): Promise<void> {
  if (!mails.length) return;
  await db
    .insertInto('mail_outbox')
    .values(
      mails.map((m) => ({
        kind: m.kind,
        to_address: m.to,
        subject: m.subject,
        body: m.body,
        province_code: m.provinceCode,
      })),
    )
    .execute();
}

const BATCH = 50;
// A failed message is tried again after 1, 2, 4, 8 minutes; after the fifth failure it stays failed.
const MAX_ATTEMPTS = 5;
// How long a claimed message is left to its sender before another delivery may take it.
const CLAIM_MINUTES = 5;

/**
 * Sends the messages that are due, at most BATCH: each is claimed first (two servers on one
 * database never send one twice), then marked sent, or kept with its error to be tried again.
 * Returns how many were sent.
 */
export async function deliverDueMail(db: Kysely<DB>, transport: MailTransport): Promise<number> {
  const { rows: claimed } = await sql<{
    id: number;
    to_address: string;
    subject: string;
    body: string;
    attempts: number;
  }>`
    update mail_outbox set next_attempt_at = now() + make_interval(mins => ${CLAIM_MINUTES})
    where id in (
      select id from mail_outbox where status = 'queued' and next_attempt_at <= now()
      order by id limit ${BATCH} for update skip locked
    )
    returning id, to_address, subject, body, attempts`.execute(db);
  let sent = 0;
  for (const mail of claimed) {
    try {
      await transport.send({ to: mail.to_address, subject: mail.subject, body: mail.body });
      await db
        .updateTable('mail_outbox')
        .set({ status: 'sent', sent_at: sql`now()`, attempts: mail.attempts + 1, last_error: null })
        .where('id', '=', mail.id)
        .execute();
      sent++;
    } catch (error) {
      const attempts = mail.attempts + 1;
      await db
        .updateTable('mail_outbox')
        .set({
          attempts,
          last_error: error instanceof Error ? error.message.slice(0, 1000) : String(error),
          status: attempts >= MAX_ATTEMPTS ? 'failed' : 'queued',
          next_attempt_at: sql`now() + make_interval(mins => ${2 ** (attempts - 1)})`,
        })
        .where('id', '=', mail.id)
        .execute();
    }
  }
  return sent;
}
