import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { copyAwarePool } from './copyAwarePool';
import { lockDataDir } from './dataDirLock';
import { PGliteDialect } from './pgliteDialect';
import type { DB } from './schema';

export type DatabaseKind = 'pglite' | 'postgresql';

export interface Database {
  db: Kysely<DB>;
  kind: DatabaseKind;
  /**
   * Who hears of connections the server dropped while they were idle or in use (a restart, an
   * administrator terminating backends); the pool replaces them. Until set, they go to stderr.
   */
  onConnectionLost(listener: (error: Error) => void): void;
  close(): Promise<void>;
}

export type DatabaseTarget = { kind: 'postgresql'; url: string } | { kind: 'pglite'; dataDir: string | null };

// Both drivers hand back the same JavaScript types: int8 (counts, ids) as number — our values stay
// far below 2^53 — and date as 'YYYY-MM-DD' text, never a Date shifted by the server's time zone.
const INT8 = 20;
const DATE = 1082;
const parseInt8 = (value: string) => Number(value);
const keepText = (value: string) => value;

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  return target.kind === 'postgresql' ? openPostgres(target.url) : openPGlite(target.dataDir);
}

// A request waits this long for a connection before it is told the database is unavailable.
const CONNECT_TIMEOUT_MS = 5_000;

function openPostgres(url: string): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        if (oid === INT8) return parseInt8;
        if (oid === DATE) return keepText;
        return pg.types.getTypeParser(oid, format);
      }) as typeof pg.types.getTypeParser,
    },
  });
  let lost = (error: Error) => console.error(`database connection lost: ${error.message}`);
  // Without a listener, node-postgres' 'error' event on a dropped connection ends the process.
  pool.on('error', (error) => lost(error));
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: copyAwarePool(pool, (error) => lost(error)) }) });
  return { db, kind: 'postgresql', onConnectionLost: (listener) => (lost = listener), close: () => db.destroy() };
}

/** dataDir null: in memory (tests); otherwise a folder that persists across restarts. */
async function openPGlite(dataDir: string | null): Promise<Database> {
  const unlock = dataDir ? lockDataDir(dataDir) : () => {};
  const pglite = await PGlite.create(dataDir ?? undefined, {
    extensions: { pg_trgm },
    parsers: { [INT8]: parseInt8, [DATE]: keepText },
  }).catch((error: unknown) => {
    unlock();
    throw error;
  });
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    kind: 'pglite',
    // In-process: there is no connection to lose.
    onConnectionLost: () => {},
    close: async () => {
      await db.destroy();
      await pglite.close();
      unlock();
    },
  };
}
