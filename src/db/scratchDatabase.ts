import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Database } from './connection';
import { prepareDatabase } from './prepareDatabase';

/**
 * A fresh, migrated database that disappears when closed: in-memory PGlite when no server URL is
 * given, else a new database on that PostgreSQL server, dropped on close. For tests and benchmarks.
 */
export async function openScratchDatabase(serverUrl: string | undefined, prefix: string): Promise<Database> {
  if (!serverUrl) return prepareDatabase({ kind: 'pglite', dataDir: null });

  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await withAdminClient(serverUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await prepareDatabase({ kind: 'postgresql', url: url.toString() });
  return {
    ...database,
    close: async () => {
      await database.close();
      await withAdminClient(serverUrl, (client) => client.query(`drop database if exists ${name} with (force)`));
    },
  };
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
