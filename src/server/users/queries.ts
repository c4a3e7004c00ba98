import type { Kysely, Selectable } from 'kysely';
import type { AppUserTable, DB } from '../../db/schema';
import type { User, UserListQuery } from '../../domain/users/userSchemas';
import { normalizeText } from '../../domain/text/normalizeText';
import { toRole } from '../auth/currentUserFromRow';
import { presentRow } from '../records/presentRow';

/** An account's row, with the lock of its name (loginThrottle) if any. */
export type UserRow = Selectable<AppUserTable> & { locked_until: Date | null };

export function toUser(row: UserRow, now: Date): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: toRole(row.role),
    ...presentRow(row, [
      'email',
      'province_code',
      'agency_id',
      'commune_code',
      'mission_id',
      'is_active',
      'must_change_password',
    ]),
    isLocked: row.locked_until !== null && row.locked_until > now,
    lastLoginAt: row.last_login_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
  };
}

function users(db: Kysely<DB>) {
  return db
    .selectFrom('app_user')
    .leftJoin('login_throttle as t', 't.username', 'app_user.username')
    .selectAll('app_user')
    .select('t.locked_until');
}

export async function findUserRow(db: Kysely<DB>, id: number): Promise<UserRow | undefined> {
  return users(db).where('app_user.id', '=', id).executeTakeFirst();
}

function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, '\\$&')}%`;
}

/** Users matching the filters, of one province (null: all). */
export async function selectUsers(db: Kysely<DB>, query: UserListQuery, province: string | null) {
  let base = users(db);
  if (province) base = base.where('province_code', '=', province);
  if (query.role) base = base.where('role', '=', query.role);
  if (query.q) {
    const q = query.q;
    base = base.where((eb) =>
      eb.or([
        eb('app_user.username', 'like', containing(normalizeText(q))),
        eb('display_name', 'ilike', containing(q)),
      ]),
    );
  }
  const [rows, count] = await Promise.all([
    base.orderBy('app_user.username').limit(query.limit).offset(query.offset).execute(),
    base
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: count.total };
}
