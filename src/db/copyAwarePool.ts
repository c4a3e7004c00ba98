import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { isCopyFromStdin } from './copyRows';

/**
 * node-postgres runs COPY … FROM STDIN only as a stream, which Kysely cannot issue: the pool's clients
 * turn `copyRows`' statement into that stream, on the connection (and so in the transaction) Kysely holds.
 *
 * A connection dropped while a caller holds it fails that caller's statement and is then reported to
 * `onLost` (node-postgres emits it as an 'error' event, which would otherwise end the process).
 */
export function copyAwarePool(pool: pg.Pool, onLost: (error: Error) => void): PostgresPool {
  return {
    connect: async () => copyAwareClient(await pool.connect(), onLost),
    end: () => pool.end(),
  };
}

function copyAwareClient(client: pg.PoolClient, onLost: (error: Error) => void): PostgresPoolClient {
  client.on('error', onLost);
  const query = (statement: unknown, parameters?: readonly unknown[]) => {
    if (typeof statement === 'string' && isCopyFromStdin(statement)) {
      return copyIn(client, statement, String(parameters?.[0] ?? ''));
    }
    return client.query(statement as string, parameters as unknown[]);
  };
  const release = () => {
    client.off('error', onLost);
    client.release();
  };
  return { query: query as unknown as PostgresPoolClient['query'], release };
}

async function copyIn(client: pg.PoolClient, statement: string, text: string) {
  const stream = client.query(copyFrom(statement));
  await pipeline(Readable.from([Buffer.from(text)]), stream);
  return { command: 'COPY' as const, rowCount: stream.rowCount, rows: [] };
}
