import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { generatePassword, hashPassword } from '../auth/passwords';
import { writeAudit } from '../audit/writeAudit';

export const FIRST_ADMIN_USERNAME = 'admin';

/**
 * On an empty database, creates the national administrator with a one-time password and returns
 * it (to be shown once); it must be changed at first login. Returns null when users exist.
 */
export async function ensureFirstAdmin(db: Kysely<DB>): Promise<string | null> {
  const oneTimePassword = generatePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('app_user').select('id').limit(1).executeTakeFirst();
    if (existing) return null;
    const admin = await trx
      .insertInto('app_user')
      .values({
        username: FIRST_ADMIN_USERNAME,
        display_name: 'Quản trị hệ thống',
        password_hash: passwordHash,
        role: 'national_admin',
        province_code: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(trx, {
      userId: null,
      username: null,
      action: 'user.create_first_admin',
      entityType: 'user',
      entityId: admin.id,
    });
    return oneTimePassword;
  });
}
