import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';

export interface CountByCode {
  code: string | null;
  count: number;
}

/**
 * Live persons by country of residence or by hometown province, within a province scope, from the
 * trigger-maintained person_count table (migration 0004).
 */
export async function countPersonsBy(
  db: Kysely<DB>,
  scope: string | null,
  column: 'residence_country' | 'hometown_province_code',
): Promise<CountByCode[]> {
  let query = db.selectFrom('person_count as c');
  if (scope)
    query = query.where(sql<boolean>`(c.hometown_province_code = ${scope} or c.source_province_code = ${scope})`);
  return query
    .select([sql<string | null>`c.${sql.ref(column)}`.as('code'), sql<number>`sum(c.count)::int`.as('count')])
    .groupBy(`c.${column}`)
    .having(sql`sum(c.count)`, '>', 0)
    .orderBy('count', 'desc')
    .orderBy('code')
    .execute();
}
