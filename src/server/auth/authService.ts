import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { ChangePasswordRequest, CurrentUser, LoginRequest } from '../../domain/auth/authSchemas';
import { passwordContainsUsername } from '../../domain/auth/authSchemas';
import { auditActor, writeAudit } from '../audit/writeAudit';
import type { Config } from '../config';
import { AppError } from '../http/errors';
import { fieldError } from '../http/validationError';
import type { Actor } from './actor';
import { currentUserFromRow } from './currentUserFromRow';
import { accountsQuery } from './accountQuery';
import { clearFailures, isLocked, recordFailure } from './loginThrottle';
import { generatePassword, hashPassword, verifyPassword } from './passwords';
import { createSession, deleteExpiredSessions, deleteOtherSessions, deleteSession, type NewSession } from './sessions';

type LoginSettings = Pick<Config, 'sessionLifetimeMs' | 'maxFailedLogins' | 'lockoutMs'>;

// Verifying against a throw-away hash when the username is unknown keeps both answers equally slow.
let decoyHash: Promise<string> | undefined;
const decoy = () => (decoyHash ??= hashPassword(generatePassword()));

const invalidCredentials = () => new AppError(401, 'INVALID_CREDENTIALS');
const accountLocked = () => new AppError(423, 'ACCOUNT_LOCKED');

/**
 * Signs a user in. Wrong passwords in a row lock the name for a while (loginThrottle), a name no
 * account has as well, so that the answers (401, then 423) never tell which names exist; every
 * attempt is audited.
 */
export async function login(
  db: Kysely<DB>,
  settings: LoginSettings,
  input: LoginRequest,
  ip: string,
  now: Date,
): Promise<{ session: NewSession; user: CurrentUser }> {
  const username = input.username.toLowerCase();
  const user = await accountsQuery(db).where('u.username', '=', username).executeTakeFirst();
  const audit = (action: string, details: Record<string, unknown> = {}) =>
    writeAudit(db, {
      userId: user?.id ?? null,
      username,
      action,
      entityType: 'user',
      entityId: user?.id,
      provinces: user?.province_code,
      ip,
      details,
    });

  if (await isLocked(db, username, now)) {
    await audit('auth.login_refused', { reason: 'locked' });
    throw accountLocked();
  }
  const isRight = await verifyPassword(user?.password_hash ?? (await decoy()), input.password);
  if (!user || !isRight) {
    const hasLocked = await recordFailure(db, username, settings, now);
    await audit(hasLocked ? 'auth.account_locked' : 'auth.login_failed', {
      reason: user ? 'wrong_password' : 'unknown_user',
    });
    throw hasLocked ? accountLocked() : invalidCredentials();
  }
  if (!user.is_active) {
    await audit('auth.login_refused', { reason: 'disabled' });
    throw new AppError(403, 'ACCOUNT_DISABLED');
  }
  await clearFailures(db, username);
  await db.updateTable('app_user').set({ last_login_at: now }).where('id', '=', user.id).execute();
  await deleteExpiredSessions(db, now);
  const session = await createSession(db, user.id, settings.sessionLifetimeMs, now);
  await audit('auth.login');
  return { session, user: currentUserFromRow(user) };
}

export async function logout(db: Kysely<DB>, actor: Actor, sessionTokenHash: string): Promise<void> {
  await deleteSession(db, sessionTokenHash);
  await auditActor(db, actor, { action: 'auth.logout' });
}

/**
 * Replaces the user's password; every other session of theirs ends. A wrong current password counts
 * as a failed sign-in: enough of them lock the account and end all its sessions, this one too.
 */
export async function changePassword(
  db: Kysely<DB>,
  settings: LoginSettings,
  actor: Actor,
  sessionTokenHash: string,
  input: ChangePasswordRequest,
  now: Date,
): Promise<void> {
  const { user } = actor;
  const refuseLocked = async () => {
    await deleteOtherSessions(db, user.id, null);
    await auditActor(db, actor, { action: 'auth.password_refused', entityType: 'user', entityId: user.id });
    return accountLocked();
  };
  if (await isLocked(db, user.username, now)) throw await refuseLocked();
  const row = await db
    .selectFrom('app_user')
    .select('password_hash')
    .where('id', '=', user.id)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(row.password_hash, input.currentPassword))) {
    if (await recordFailure(db, user.username, settings, now)) throw await refuseLocked();
    await auditActor(db, actor, { action: 'auth.password_change_failed', entityType: 'user', entityId: user.id });
    throw fieldError('currentPassword', 'wrongCurrentPassword');
  }
  if (passwordContainsUsername(input.newPassword, user.username)) {
    throw fieldError('newPassword', 'passwordContainsUsername');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('app_user')
      .set({ password_hash: passwordHash, must_change_password: false, updated_at: now })
      .where('id', '=', user.id)
      .execute();
    await clearFailures(trx, user.username);
    await deleteOtherSessions(trx, user.id, sessionTokenHash);
    await auditActor(trx, actor, { action: 'auth.password_changed', entityType: 'user', entityId: user.id });
  });
}
