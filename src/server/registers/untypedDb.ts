import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

// Registers name their tables and columns in their specs (src/domain/registers), not in the DB
// types: they are reached through an untyped handle; test/server/registers checks every spec
// against the migration by writing and reading each field.
export type AnyDb = Kysely<Record<string, Record<string, unknown>>>;
export const untyped = (db: Kysely<DB>) => db as unknown as AnyDb;
