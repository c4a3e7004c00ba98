import { sql, type Kysely, type Updateable } from 'kysely';
import type { DB } from '../../db/schema';
import { versionConflict } from '../http/validationError';
import { untyped } from './untypedDb';

/** The tables whose rows carry a `version` that a change must name. */
export type VersionedTable = {
  [T in keyof DB]: 'version' extends keyof DB[T] ? T : never;
}[keyof DB];

export interface VersionedChange<T extends VersionedTable> {
  table: T;
  id: string;
  /** The key column; `id` unless the record is keyed by its owner (an expert profile by its person). */
  idColumn?: 'id' | 'person_id';
  /**
   * `read`: the version the service read the record at (its view of "before"); `sent`: the one the
   * client read and sent back. They must agree, and the row must still be at that version.
   */
  version: { read: number; sent: number };
  set: Updateable<DB[T]>;
  /** Where the request carried the version, for the 409's detail (default `version`). */
  versionPath?: string;
}

/**
 * Optimistic concurrency for every versioned record, in one statement: the row is changed and its
 * version raised only while it is still at the version read. The UPDATE takes the row's lock, and a
 * writer that had to wait for another's commit re-reads the row, so of any number of concurrent
 * changes sent with the same version exactly one succeeds and the others get 409 `CONFLICT`
 * (`version: versionConflict`). Call it before the change's other writes (children, history), so
 * that they happen under the lock. Returns the new version.
 */
export async function updateWithVersion<T extends VersionedTable>(
  db: Kysely<DB>,
  change: VersionedChange<T>,
): Promise<number> {
  return updateVersionedRow(db, change.table, change);
}

/** The same on a table named at run time (a register's, from its spec), with the spec's columns. */
export async function updateVersionedRow(
  db: Kysely<DB>,
  table: string,
  change: Omit<VersionedChange<VersionedTable>, 'table' | 'set'> & { set: object },
): Promise<number> {
  const { read, sent } = change.version;
  if (read !== sent) throw versionConflict(change.versionPath);
  const updated = await untyped(db)
    .updateTable(table)
    .set({ ...change.set, version: sql<number>`version + 1` })
    .where(sql.ref(change.idColumn ?? 'id'), '=', change.id)
    .where('version', '=', sent)
    .returning('version')
    .executeTakeFirst();
  if (!updated) throw versionConflict(change.versionPath);
  return updated.version;
}
