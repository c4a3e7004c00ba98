import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { DB } from '../../db/schema';
import type { ChangePasswordRequest, CurrentUser, LoginRequest } from '../../domain/auth/schemas';
import { passwordContainsUsername } from '../../domain/auth/schemas';
import type { Language } from '../../domain/validation/localizeIssue';
import { auditActor, writeAudit } from '../audit/writeAudit';
import type { Config } from '../config';
import { AppError } from '../http/errors';
import { fieldError } from '../http/validationError';
import type { Actor } from './actor';
import { currentUserFromRow } from './currentUserFromRow';
import { generatePassword, hashPassword, verifyPassword } from './passwords';
import { createSession, deleteOtherSessions, deleteSession, type NewSession } from './sessions';

type LoginSettings = Pick<Config, 'sessionLifetimeMs' | 'maxFailedLogins' | 'lockoutMs'>;

// Verifying against a throw-away hash when the username is unknown keeps both answers equally slow.
let decoyHash: Promise<string> | undefined;
const decoy = () => (decoyHash ??= hashPassword(generatePassword()));

const invalidCredentials = () => new AppError(401, 'INVALID_CREDENTIALS');
const accountLocked = () => new AppError(423, 'ACCOUNT_LOCKED');

/**
 * Signs a user in. Repeated failures lock the account for a while (settings.maxFailedLogins,
 * settings.lockoutMs); every attempt is audited.
 */
export async function login(
  db: Kysely<DB>,
  settings: LoginSettings,
  input: LoginRequest,
  ip: string,
): Promise<{ session: NewSession; user: CurrentUser }> {
  const username = input.username.toLowerCase();
  const user = await db.selectFrom('app_user').selectAll().where('username', '=', username).executeTakeFirst();
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

  if (!user) {
    await verifyPassword(await decoy(), input.password);
    await audit('auth.login_failed', { reason: 'unknown_user' });
    throw invalidCredentials();
  }
  if (user.locked_until && user.locked_until > new Date()) {
    await audit('auth.login_refused', { reason: 'locked' });
    throw accountLocked();
  }
  if (!(await verifyPassword(user.password_hash, input.password))) {
    const isLocked = await recordFailure(db, user.id, settings);
    await audit(isLocked ? 'auth.account_locked' : 'auth.login_failed', { reason: 'wrong_password' });
    throw isLocked ? accountLocked() : invalidCredentials();
  }
  if (!user.is_active) {
    await audit('auth.login_refused', { reason: 'disabled' });
    throw new AppError(403, 'ACCOUNT_DISABLED');
  }
  await db
    .updateTable('app_user')
    .set({ failed_login_count: 0, locked_until: null, last_login_at: new Date() })
    .where('id', '=', user.id)
    .execute();
  const session = await createSession(db, user.id, settings.sessionLifetimeMs);
  await audit('auth.login');
  return { session, user: currentUserFromRow(user) };
}

/** Counts a failed attempt; returns true when it locked the account. */
async function recordFailure(db: Kysely<DB>, userId: number, settings: LoginSettings): Promise<boolean> {
  const { failed_login_count: failures } = await db
    .updateTable('app_user')
    .set({ failed_login_count: sql`failed_login_count + 1` })
    .where('id', '=', userId)
    .returning('failed_login_count')
    .executeTakeFirstOrThrow();
  if (failures < settings.maxFailedLogins) return false;
  await db
    .updateTable('app_user')
    .set({ failed_login_count: 0, locked_until: new Date(Date.now() + settings.lockoutMs) })
    .where('id', '=', userId)
    .execute();
  return true;
}

export async function logout(db: Kysely<DB>, actor: Actor, sessionTokenHash: string): Promise<void> {
  await deleteSession(db, sessionTokenHash);
  await auditActor(db, actor, { action: 'auth.logout' });
}

/** Replaces the user's password; every other session of theirs ends. */
export async function changePassword(
  db: Kysely<DB>,
  actor: Actor,
  sessionTokenHash: string,
  input: ChangePasswordRequest,
  language: Language,
): Promise<void> {
  const { user } = actor;
  const row = await db
    .selectFrom('app_user')
    .select('password_hash')
    .where('id', '=', user.id)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(row.password_hash, input.currentPassword))) {
    throw fieldError('currentPassword', 'wrongCurrentPassword', language);
  }
  if (passwordContainsUsername(input.newPassword, user.username)) {
    throw fieldError('newPassword', 'passwordContainsUsername', language);
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('app_user')
      .set({ password_hash: passwordHash, must_change_password: false, updated_at: new Date() })
      .where('id', '=', user.id)
      .execute();
    await deleteOtherSessions(trx, user.id, sessionTokenHash);
    await writeAudit(trx, {
      userId: user.id,
      username: user.username,
      action: 'auth.password_changed',
      entityType: 'user',
      entityId: user.id,
      provinces: user.provinceCode,
      ip: actor.ip,
    });
  });
}
