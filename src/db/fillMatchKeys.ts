import { sql, type Kysely } from 'kysely';
import { nameKeysOf } from '../domain/duplicates/matchKeys';
import { matchKeyRows } from './matchKeyRows';
import type { DB } from './schema';

const PAGE = 2_000;

/**
 * Gives persons their duplicate-detection name keys where a migration could not, since they come
 * from the name parser (TypeScript), not SQL: persons stored before migrations 0009 and 0010, and
 * those whose match keys 0027 dropped (marked by 0031). Returns how many were filled; 0 on every later start.
 */
export async function fillMatchKeys(db: Kysely<DB>): Promise<number> {
  let filled = 0;
  for (;;) {
    const rows = await db
      .selectFrom('person')
      .select(['id', 'full_name', 'aliases', 'birth_year'])
      .where('full_name_key', 'is', null)
      .limit(PAGE)
      .execute();
    if (!rows.length) return filled;
    const keyed = rows.map((row) => {
      const aliases = row.aliases.map((a) => a.name);
      return {
        id: row.id,
        matchKeys: matchKeyRows(row.id, row.full_name, aliases, row.birth_year),
        ...nameKeysOf(row.full_name, aliases).commonnessKeys,
      };
    });
    await db.transaction().execute(async (trx) => {
      await sql`
        update person p set name_commonness_key = v."familyGiven", full_name_key = v."fullName"
        from jsonb_to_recordset(${JSON.stringify(keyed)}::jsonb) as v(id uuid, "familyGiven" text, "fullName" text)
        where p.id = v.id`.execute(trx);
      const keyRows = keyed.flatMap((k) => k.matchKeys);
      if (keyRows.length)
        await trx
          .insertInto('person_match_key')
          .values(keyRows)
          .onConflict((oc) => oc.doNothing())
          .execute();
    });
    filled += rows.length;
  }
}
