import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database, type DatabaseTarget } from './connection';
import { prepareDatabase } from './prepareDatabase';

/**
 * A fresh, migrated database that disappears when closed: in-memory PGlite when no server URL is
 * given, else a new database on that PostgreSQL server, dropped on close. For tests and benchmarks.
 */
export function openScratchDatabase(serverUrl: string | undefined, prefix: string): Promise<Database> {
  return openScratch(serverUrl, prefix, prepareDatabase);
}

/** The same, left empty: not migrated (tests of a migration's own changes). */
export function openEmptyScratchDatabase(serverUrl: string | undefined, prefix: string): Promise<Database> {
  return openScratch(serverUrl, prefix, openDatabase);
}

async function openScratch(
  serverUrl: string | undefined,
  prefix: string,
  open: (target: DatabaseTarget) => Promise<Database>,
): Promise<Database> {
  if (!serverUrl) return open({ kind: 'pglite', dataDir: null });
  const scratch = await createScratchDatabase(serverUrl, prefix);
  const database = await open({ kind: 'postgresql', url: scratch.url });
  return {
    ...database,
    close: async () => {
      await database.close();
      await scratch.drop();
    },
  };
}

/** An empty database of its own on a PostgreSQL server, for a process that is to migrate it itself. */
export async function createScratchDatabase(serverUrl: string, prefix: string) {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await withAdminClient(serverUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      withAdminClient(serverUrl, async (client) => {
        // A closed pool's connections can take a moment to leave; forcing them out while they are still
        // closing makes the server send them a termination error, which surfaces as an uncaught error.
        for (let attempt = 0; attempt < 50 && (await connectionsTo(client, name)) > 0; attempt++) {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        await client.query(`drop database if exists ${name} with (force)`);
      }),
  };
}

async function connectionsTo(client: pg.Client, database: string): Promise<number> {
  const result = await client.query('select count(*)::int as n from pg_stat_activity where datname = $1', [database]);
  return result.rows[0].n;
}

async function withAdminClient(url: string, run: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await run(client);
  } finally {
    await client.end();
  }
}
