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
  /**
   * Where read-only traffic goes (lists, search, exports, statistics): a streaming replica when
   * DATABASE_READ_URL names one, else `db` itself. A replica lags its primary by a moment.
   */
  readDb: Kysely<DB>;
  kind: DatabaseKind;
  /**
   * Who hears of connections the server dropped while they were idle or in use (a restart, an
   * administrator terminating backends); the pool replaces them. Until set, they go to stderr.
   */
  onConnectionLost(listener: (error: Error) => void): void;
  close(): Promise<void>;
}

export type DatabaseTarget =
  { kind: 'postgresql'; url: string; readUrl?: string } | { kind: 'pglite'; dataDir: string | null };

// Both drivers hand back the same JavaScript types: int8 (counts, ids) as number — our values stay
// far below 2^53 — and date as 'YYYY-MM-DD' text, never a Date shifted by the server's time zone.
const INT8 = 20;
const DATE = 1082;
const parseInt8 = (value: string) => Number(value);
const keepText = (value: string) => value;

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  return target.kind === 'postgresql' ? openPostgres(target.url, target.readUrl) : openPGlite(target.dataDir);
}

// A request waits this long for a connection before it is told the database is unavailable.
const CONNECT_TIMEOUT_MS = 5_000;

function openPostgres(url: string, readUrl: string | undefined): Database {
  let lost = (error: Error) => console.error(`database connection lost: ${error.message}`);
  const db = postgresPool(url, (error) => lost(error));
  const readDb = readUrl ? postgresPool(readUrl, (error) => lost(error)) : db;
  return {
    db,
    readDb,
    kind: 'postgresql',
    onConnectionLost: (listener) => (lost = listener),
    close: async () => {
      if (readDb !== db) await readDb.destroy();
      await db.destroy();
    },
  };
}

function postgresPool(url: string, lost: (error: Error) => void): Kysely<DB> {
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
  // Without a listener, node-postgres' 'error' event on a dropped connection ends the process.
  pool.on('error', lost);
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool: copyAwarePool(pool, lost) }) });
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
    readDb: db,
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
