import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { CurrentUser } from '../../domain/auth/schemas';
import { provinceScope } from './jurisdiction';

/** The persons (table alias `p`) a user may see: of their province by hometown or source, or all. */
export function visiblePersonCondition(user: CurrentUser): RawBuilder<SqlBool> {
  const scope = provinceScope(user);
  if (!scope) return sql<SqlBool>`true`;
  return sql<SqlBool>`(p.hometown_province_code = ${scope} or p.source_province_code = ${scope})`;
}
