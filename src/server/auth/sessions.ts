import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { ACCOUNT_UNIT_COLUMNS } from './accountQuery';

export const SESSION_COOKIE = 'cn_session';

// The cookie carries a random token; the database keeps only its hash, so a leaked table opens no session.
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function createSession(
  db: Kysely<DB>,
  userId: number,
  lifetimeMs: number,
  now: Date,
): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + lifetimeMs);
  await db
    .insertInto('user_session')
    .values({
      token_hash: hashToken(token),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now,
      last_seen_at: now,
      expires_at: expiresAt,
    })
    .execute();
  return { token, csrfToken, expiresAt };
}

/** The live session behind a cookie token with its user, or undefined (expired, or the user disabled). */
export async function findSession(db: Kysely<DB>, token: string, now: Date) {
  return db
    .selectFrom('user_session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .leftJoin('mission as m', 'm.id', 'u.mission_id')
    .select(ACCOUNT_UNIT_COLUMNS)
    .select([
      's.token_hash',
      's.csrf_token',
      's.last_seen_at',
      'u.id',
      'u.username',
      'u.display_name',
      'u.role',
      'u.province_code',
      'u.agency_id',
      'u.must_change_password',
    ])
    .where('s.token_hash', '=', hashToken(token))
    .where('s.expires_at', '>', now)
    .where('u.is_active', '=', true)
    .executeTakeFirst();
}

/** Sliding expiry: a session in use stays alive; an idle one ends after its lifetime. */
export async function touchSession(db: Kysely<DB>, tokenHash: string, lifetimeMs: number, now: Date): Promise<void> {
  await db
    .updateTable('user_session')
    .set({ last_seen_at: now, expires_at: new Date(now.getTime() + lifetimeMs) })
    .where('token_hash', '=', tokenHash)
    .execute();
}

export async function deleteSession(db: Kysely<DB>, tokenHash: string): Promise<void> {
  await db.deleteFrom('user_session').where('token_hash', '=', tokenHash).execute();
}

/** Ends every session of a user but the one given (after a password change or reset). */
export async function deleteOtherSessions(db: Kysely<DB>, userId: number, keepTokenHash: string | null): Promise<void> {
  let query = db.deleteFrom('user_session').where('user_id', '=', userId);
  if (keepTokenHash) query = query.where('token_hash', '!=', keepTokenHash);
  await query.execute();
}

/** Sessions past their end are deleted (at each sign-in, and hourly: see authHousekeeping). */
export async function deleteExpiredSessions(db: Kysely<DB>, now: Date): Promise<void> {
  await db.deleteFrom('user_session').where('expires_at', '<=', now).execute();
}
