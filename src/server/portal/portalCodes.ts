import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { bilingualMail } from '../../domain/mail/bilingualMail';
import { PORTAL_TEXTS } from '../../domain/portal/portalTexts';
import { fieldError } from '../http/validationError';
import { enqueueMail } from '../mail/outbox';

const CODE_MINUTES = 10;
const MAX_TRIES = 5;
// Codes one address may be sent in CODES_WINDOW_MINUTES: more would let anyone flood a mailbox.
const CODES_PER_WINDOW = 3;
const CODES_WINDOW_MINUTES = 15;

/**
 * Sends a sign-in code to the address, unless it had CODES_PER_WINDOW already: either way the
 * caller answers the same, so that nobody learns whether an address is known, or throttled.
 */
export async function sendSignInCode(db: Kysely<DB>, hash: (text: string) => string, email: string, now: Date) {
  const since = new Date(now.getTime() - CODES_WINDOW_MINUTES * 60_000);
  const recent = await db
    .selectFrom('portal_code')
    .select(db.fn.countAll<number>().as('n'))
    .where('email', '=', email)
    .where('created_at', '>', since)
    .executeTakeFirstOrThrow();
  if (Number(recent.n) >= CODES_PER_WINDOW) return;
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('portal_code')
      .values({
        email,
        code_hash: hash(`code:${email}:${code}`),
        created_at: now,
        expires_at: new Date(now.getTime() + CODE_MINUTES * 60_000),
      })
      .execute();
    const mail = bilingualMail(PORTAL_TEXTS.portalCodeSubject, PORTAL_TEXTS.portalCodeBody, { code });
    await enqueueMail(trx, [{ ...mail, kind: 'portal.code', to: email, provinceCode: null }]);
  });
}

/** Takes the address's latest code if it is this one, live and tried fewer than MAX_TRIES times; else 400. */
export async function useSignInCode(
  db: Kysely<DB>,
  hash: (text: string) => string,
  email: string,
  code: string,
  now: Date,
) {
  const latest = await db
    .selectFrom('portal_code')
    .select(['id', 'code_hash', 'attempts'])
    .where('email', '=', email)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!latest || latest.attempts >= MAX_TRIES) throw fieldError('code', 'portalCodeWrong');
  if (latest.code_hash !== hash(`code:${email}:${code}`)) {
    await db
      .updateTable('portal_code')
      .set({ attempts: latest.attempts + 1 })
      .where('id', '=', latest.id)
      .execute();
    throw fieldError('code', 'portalCodeWrong');
  }
  await db.updateTable('portal_code').set({ used_at: now }).where('id', '=', latest.id).execute();
}
