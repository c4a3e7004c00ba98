import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';

export interface CountByCode {
  code: string | null;
  count: number;
}

/** Persons (not deleted) by country of residence or by hometown province, within a province scope. */
export async function countPersonsBy(
  db: Kysely<DB>,
  scope: string | null,
  column: 'residence_country' | 'hometown_province_code',
): Promise<CountByCode[]> {
  let query = db.selectFrom('person as p').where('p.deleted_at', 'is', null);
  if (scope)
    query = query.where(sql<boolean>`(p.hometown_province_code = ${scope} or p.source_province_code = ${scope})`);
  const rows = await query
    .select([sql<string | null>`p.${sql.ref(column)}`.as('code'), (eb) => eb.fn.countAll<number>().as('count')])
    .groupBy(`p.${column}`)
    .orderBy('count', 'desc')
    .execute();
  return rows;
}
