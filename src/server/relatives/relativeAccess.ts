import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { DB } from '../../db/schema';
import type { CurrentUser } from '../../domain/auth/schemas';
import { provinceScope } from '../auth/jurisdiction';

/**
 * Which relatives (table alias `r`) a user may see: all for national users; else those living in
 * their province, or linked to a person of their province (by hometown or source, as persons are).
 */
export function visibleRelativeCondition(user: CurrentUser): RawBuilder<SqlBool> {
  const scope = provinceScope(user);
  if (!scope) return sql<SqlBool>`true`;
  return sql<SqlBool>`(r.province_code = ${scope} or exists (
    select from person_relative l join person p on p.id = l.person_id
    where l.relative_id = r.id and (p.hometown_province_code = ${scope} or p.source_province_code = ${scope})
  ))`;
}

/** Whether the relative exists and the user may see it. */
export async function isRelativeVisible(db: Kysely<DB>, user: CurrentUser, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('relative as r')
    .select('r.id')
    .where('r.id', '=', id)
    .where(visibleRelativeCondition(user))
    .executeTakeFirst();
  return row !== undefined;
}
