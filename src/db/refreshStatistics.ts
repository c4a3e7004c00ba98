import { sql, type Kysely } from 'kysely';
import type { DB } from './schema';

/**
 * The registry's tables the planner must know the size of: after a large load, stale statistics
 * (PGlite has no autovacuum; PostgreSQL's may not have run yet) make it scan whole tables per
 * person where an index would answer (the duplicate check's lookups of relatives and match keys).
 */
const REGISTRY_TABLES = [
  'person',
  'person_match_key',
  'person_name_word',
  'person_identity_document',
  'person_relative',
  'relative',
  'person_consent',
] as const;

/** A batch this large (rows) is followed by fresh statistics. */
export const ANALYZE_AFTER_ROWS = 10_000;

/** ANALYZE of the registry's tables (a sample of each: seconds, not a scan, at millions of rows). */
export async function refreshRegistryStatistics(db: Kysely<DB>): Promise<void> {
  await sql`analyze ${sql.join(REGISTRY_TABLES.map((table) => sql.table(table)))}`.execute(db);
}
