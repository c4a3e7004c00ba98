import { readdir, readFile } from 'node:fs/promises';
import { CompiledQuery, sql, type Kysely } from 'kysely';
import type { DB } from './schema';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);
const FILE_NAME = /^(\d{4})_([a-z0-9_]+)\.sql$/;
// Any constant shared by every server of this application: two servers starting at once take turns.
const MIGRATION_LOCK_ID = 2_025_0701;

/** The SQL migrations shipped with the code, in order; numbering must have no gaps. */
export async function loadMigrations(): Promise<Migration[]> {
  const files = (await readdir(MIGRATIONS_DIR)).filter((f) => f.endsWith('.sql')).sort();
  const migrations: Migration[] = [];
  for (const file of files) {
    const match = FILE_NAME.exec(file);
    if (!match) throw new Error(`migration file name must look like 0001_name.sql: ${file}`);
    const version = Number(match[1]);
    if (version !== migrations.length + 1) throw new Error(`migration ${file} breaks the numbering`);
    migrations.push({ version, name: match[2] ?? file, sql: await readFile(new URL(file, MIGRATIONS_DIR), 'utf8') });
  }
  return migrations;
}

/**
 * Applies the pending migrations in one transaction; returns the versions applied. `upTo` stops
 * after that version (tests of a migration's data changes).
 */
export async function migrate(db: Kysely<DB>, upTo = Infinity): Promise<number[]> {
  const migrations = (await loadMigrations()).filter((m) => m.version <= upTo);
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK_ID})`.execute(trx);
    // Checked before created: a server running as a role that may not create tables (the documented
    // PostgreSQL set-up, migrations run by the owner) starts when there is nothing to apply.
    const { rows } = await sql<{
      exists: boolean;
    }>`select to_regclass('schema_migration') is not null as exists`.execute(trx);
    if (!rows[0]?.exists) {
      await sql`create table schema_migration (
        version integer primary key,
        name text not null,
        applied_at timestamptz not null default now()
      )`.execute(trx);
    }
    const done = new Set((await trx.selectFrom('schema_migration').select('version').execute()).map((r) => r.version));
    const applied: number[] = [];
    for (const migration of migrations.filter((m) => !done.has(m.version))) {
      await trx.executeQuery(CompiledQuery.raw(migration.sql)).catch((error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`migration ${migration.version} (${migration.name}) failed: ${reason}`, { cause: error });
      });
      await trx.insertInto('schema_migration').values({ version: migration.version, name: migration.name }).execute();
      applied.push(migration.version);
    }
    return applied;
  });
}

/** The highest migration version applied to this database, 0 for none. */
export async function migrationVersion(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('schema_migration')
    .select((eb) => eb.fn.max('version').as('version'))
    .executeTakeFirst();
  return row?.version ?? 0;
}
