import { Transaction, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';

/**
 * Runs `work` in the caller's transaction when there is one, else in a new one: a service that is
 * a step of a larger change (a case opened as a request is settled) commits or fails with it.
 */
export function inTransaction<T>(db: Kysely<DB>, work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  return db instanceof Transaction ? work(db) : db.transaction().execute(work);
}
