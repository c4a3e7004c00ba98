import type { Kysely } from 'kysely';
import type { DB } from '../src/db/schema';
import { hashPassword } from '../src/server/auth/passwords';

export const BENCH_USER = { username: 'bench', password: 'benchmark password' };

/** The national administrator the benchmarks act as. */
export async function createBenchUser(db: Kysely<DB>) {
  return db
    .insertInto('app_user')
    .values({
      username: BENCH_USER.username,
      display_name: 'bench',
      password_hash: await hashPassword(BENCH_USER.password),
      role: 'national_admin',
      province_code: null,
      must_change_password: false,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
