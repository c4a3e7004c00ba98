import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

/** The columns every register table has (0017), typed; a spec's own columns are reached by name. */
export interface RegisterRow {
  id: string;
  province_code: string;
  version: number;
  updated_at: Date;
  deleted_at: Date | null;
  [column: string]: unknown;
}

// Registers name their tables and columns in their specs (src/domain/registers), and the version
// check names its table at run time: both reach the tables through this untyped handle (the one
// cast); test/server/registers checks every spec against the migration by writing and reading each field.
export type AnyDb = Kysely<Record<string, RegisterRow>>;
export const untyped = (db: Kysely<DB>) => db as unknown as AnyDb;

/** A row of a register table as read with all its columns: its bookkeeping checked, the rest by name. */
export function registerRow(row: Record<string, unknown>): RegisterRow {
  const { id, province_code, version, updated_at, deleted_at } = row;
  if (
    typeof id !== 'string' ||
    typeof province_code !== 'string' ||
    typeof version !== 'number' ||
    !(updated_at instanceof Date) ||
    !(deleted_at === null || deleted_at instanceof Date)
  ) {
    throw new Error(`not a register row: ${JSON.stringify(Object.keys(row))}`);
  }
  return { ...row, id, province_code, version, updated_at, deleted_at };
}
