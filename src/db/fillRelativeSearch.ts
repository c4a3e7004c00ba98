import { sql, type Kysely } from 'kysely';
import { normalizeText } from '../domain/text/normalizeText';
import type { DB } from './schema';

const PAGE = 2_000;

/**
 * Gives relatives moved out of person_relative by migration 0012 the search form of their name,
 * which comes from TypeScript (normalizeText), not SQL. Returns how many; 0 on every later start.
 */
export async function fillRelativeSearch(db: Kysely<DB>): Promise<number> {
  let filled = 0;
  for (;;) {
    const rows = await db
      .selectFrom('relative')
      .select(['id', 'full_name'])
      .where('name_search', 'is', null)
      .limit(PAGE)
      .execute();
    if (!rows.length) return filled;
    const forms = rows.map((r) => ({ id: r.id, form: normalizeText(r.full_name) }));
    await sql`
      update relative r set name_search = v.form
      from jsonb_to_recordset(${JSON.stringify(forms)}::jsonb) as v(id uuid, form text)
      where r.id = v.id`.execute(db);
    filled += rows.length;
  }
}
