import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { Config } from '../config';

export type ThrottleSettings = Pick<Config, 'maxFailedLogins' | 'lockoutMs'>;

/**
 * Wrong passwords in a row, per username (an account's or a name nobody has): after
 * `maxFailedLogins` of them the name is locked for `lockoutMs`. Sign-in and password change count
 * into the same tally.
 */
export async function isLocked(db: Kysely<DB>, username: string, now: Date): Promise<boolean> {
  const row = await db
    .selectFrom('login_throttle')
    .select('locked_until')
    .where('username', '=', username)
    .executeTakeFirst();
  return !!row?.locked_until && row.locked_until > now;
}

/** Counts one more failure; true when it locked the name. */
export async function recordFailure(
  db: Kysely<DB>,
  username: string,
  settings: ThrottleSettings,
  now: Date,
): Promise<boolean> {
  const { failures } = await db
    .insertInto('login_throttle')
    .values({ username, failures: 1, last_failure_at: now })
    .onConflict((oc) =>
      oc.column('username').doUpdateSet({ failures: sql`login_throttle.failures + 1`, last_failure_at: now }),
    )
    .returning('failures')
    .executeTakeFirstOrThrow();
  if (failures < settings.maxFailedLogins) return false;
  await db
    .updateTable('login_throttle')
    .set({ failures: 0, locked_until: new Date(now.getTime() + settings.lockoutMs) })
    .where('username', '=', username)
    .execute();
  return true;
}

/** A right password (or an administrator's reset) wipes the tally and any lock. */
export async function clearFailures(db: Kysely<DB>, username: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('username', '=', username).execute();
}

// A tally is kept a day after its last failure: long enough to count "in a row", short enough that
// names tried by nobody's account do not pile up.
const TALLY_KEPT_MS = 24 * 3_600_000;

/** Tallies not locking any more, whose last failure is more than a day old, are forgotten. */
export async function forgetStaleFailures(db: Kysely<DB>, now: Date): Promise<void> {
  const before = new Date(now.getTime() - TALLY_KEPT_MS);
  await db
    .deleteFrom('login_throttle')
    .where('last_failure_at', '<', before)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
    .execute();
}
