import type { FastifyInstance } from 'fastify';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { fieldError } from '../http/validationError';
import type { PortalAccount } from './portalSessions';

// A hash of no password at all: an unknown address is checked against it, so that it takes as long as a known one.
let unknownHash: Promise<string> | undefined;

/** Sets (or changes) the signed-in person's password. */
export async function setPortalPassword(app: FastifyInstance, account: PortalAccount, password: string) {
  await app.db
    .updateTable('portal_account')
    .set({ password_hash: await hashPassword(password), failed_logins: 0, locked_until: null })
    .where('id', '=', account.id)
    .execute();
}

/**
 * The account the address and password open, or one answer for every failure — no such address, no
 * password set, a wrong one, a locked one — so that an address's existence is not told.
 */
export async function checkPortalPassword(app: FastifyInstance, email: string, password: string) {
  const now = app.clock();
  const account = await app.db
    .selectFrom('portal_account')
    .select(['id', 'email', 'person_id', 'password_hash', 'failed_logins', 'locked_until'])
    .where('email', '=', email)
    .executeTakeFirst();
  unknownHash ??= hashPassword(`no password ${Math.random()}`);
  const hash = account?.password_hash ?? (await unknownHash);
  const matches = await verifyPassword(hash, password);
  const locked = !!account?.locked_until && account.locked_until > now;
  if (!account?.password_hash || locked || !matches) {
    if (account?.password_hash && !locked) {
      const failures = account.failed_logins + 1;
      const lockNow = failures >= app.config.maxFailedLogins;
      await app.db
        .updateTable('portal_account')
        .set({
          failed_logins: lockNow ? 0 : failures,
          locked_until: lockNow ? new Date(now.getTime() + app.config.lockoutMs) : null,
        })
        .where('id', '=', account.id)
        .execute();
    }
    throw fieldError('password', 'portalPasswordWrong');
  }
  await app.db
    .updateTable('portal_account')
    .set({ failed_logins: 0, last_login_at: now })
    .where('id', '=', account.id)
    .execute();
  return { id: account.id, email: account.email, personId: account.person_id };
}
