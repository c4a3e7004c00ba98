import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { notFound } from '../http/errors';

/**
 * The 404 of a record the user may not see, carrying the record's province (if it exists) so that
 * the attempt is in that province's audit log; the client hears only "not found".
 */
export async function refusedRecord(db: Kysely<DB>, table: 'protection_case' | 'returnee' | 'relative', id: string) {
  const row = await db.selectFrom(table).select('province_code').where('id', '=', id).executeTakeFirst();
  return notFound(row?.province_code);
}
