import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { CurrentUser } from '../../domain/auth/authSchemas';
import { visibleRows } from '../access/policy';

/** Whether the relative exists and the user may see it (the policy's rows of relatives). */
export async function isRelativeVisible(db: Kysely<DB>, user: CurrentUser, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('relative as r')
    .select('r.id')
    .where('r.id', '=', id)
    .where(visibleRows(user, 'relative', 'r'))
    .executeTakeFirst();
  return row !== undefined;
}
