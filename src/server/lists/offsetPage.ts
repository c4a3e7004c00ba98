import { sql, type SelectQueryBuilder } from 'kysely';
import type { PageQuery } from '../../domain/lists/pageQuery';

/** One page of a query's rows (as it orders them) and the count of all its rows. */
export async function offsetPage<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  { page, pageSize }: PageQuery,
): Promise<{ rows: O[]; total: number }> {
  const rows = await query
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  const counted = await query
    .clearSelect()
    .clearOrderBy()
    .select(sql<number>`count(*)::int`.as('total'))
    .executeTakeFirstOrThrow();
  return { rows, total: (counted as { total: number }).total };
}

/** Every row of a query (as it orders them), a page at a time: for exports of such lists. */
export async function* allPages<DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>, pageSize = 500) {
  for (let offset = 0; ; offset += pageSize) {
    const rows = await query.limit(pageSize).offset(offset).execute();
    if (rows.length) yield rows;
    if (rows.length < pageSize) return;
  }
}
