import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../src/db/connection';
import { prepareDatabase } from '../src/db/prepareDatabase';
import type { DB } from '../src/db/schema';
import { createScratchDatabase } from '../src/db/scratchDatabase';
import { buildApp } from '../src/server/app';
import { useAuditChainKey } from '../src/server/audit/auditChain';
import { loadConfig } from '../src/server/config';
import { checkPersonForDuplicates } from '../src/server/duplicates/checkPerson';
import { checkWholeRegistry } from '../src/server/duplicates/fullCheck';
import { insertPersons } from '../src/server/persons/writes/bulkPersonWrites';
import { createIdentityCrypto, type IdentityCrypto } from '../src/server/secrets/identityCrypto';
import { ensureFirstAdmin } from '../src/server/users/firstAdmin';
import { benchSession } from './benchSession';
import { PERSON_TABLES } from './importFiles';
import { createBenchUser } from './benchUser';
import { dropBare, loadBare, loadThroughProduct } from './nationalLoad';
import { nationalPersons } from './nationalPopulation';
import { benchQueries } from './nationalQueries';
import { benchThroughput } from './nationalThroughput';
import { numberOption } from './options';
import { fmt, machine, timeEach } from './stats';

const SEED = 2026;
const ARRIVING = 200;

/**
 * npm run bench -- national [--n 5300000]   (PostgreSQL: DATABASE_URL names the server)
 * A national-shaped registry of N persons in a scratch database: the product's bulk load beside
 * COPY-then-index of the same rows, sizes, searches and pages through the API beside bare SQL,
 * throughput of a list page, the full and the incremental duplicate check, and the time to ready.
 */
export async function run(args: string[]): Promise<void> {
  const n = numberOption(args, 'n', 5_300_000);
  const server = process.env.DATABASE_URL;
  if (!server)
    throw new Error('npm run bench -- national needs DATABASE_URL (a PostgreSQL server to make a scratch database on)');
  console.log(`national benchmark: ${n.toLocaleString('en')} persons on PostgreSQL; ${machine()}`);
  const peak = sampleRss();
  const scratch = await createScratchDatabase(server, 'cn_bench_national');
  let database = await prepareDatabase({ kind: 'postgresql', url: scratch.url });
  try {
    const { rows } = await sql<{ v: string }>`select version() as v`.execute(database.db);
    console.log(`  ${rows[0]?.v.split(' on ')[0]}`);
    const key = randomBytes(32);
    useAuditChainKey(key);
    const crypto = createIdentityCrypto(key);
    await compareLoads(database.db, crypto, n);
    await createBenchUser(database.db);
    const app = await buildApp({ ...loadConfig({}), webDir: null, logLevel: 'silent' }, database, key);
    const { cookie, get } = await benchSession(app);
    await benchQueries(database.db, get);
    await benchThroughput(app, cookie, '/api/persons?limit=50');
    await app.close();
    await database.close();
    database = await timeToReady(scratch.url, key);
    // Last: at a national scale the full check is the step most likely to run out of memory.
    await benchDuplicateChecks(database.db, crypto);
    console.log(`  peak RSS of this process: ${Math.round(peak.stop() / 2 ** 20)} MiB`);
  } finally {
    await database.close();
    await scratch.drop();
  }
}

async function compareLoads(db: Kysely<DB>, crypto: IdentityCrypto, n: number) {
  const product = await loadThroughProduct(db, crypto, n, nationalPersons(SEED));
  const bare = await loadBare(db, crypto, n, nationalPersons(SEED));
  const bareSeconds = bare.copySeconds + bare.indexSeconds;
  console.log(
    `  load, product bulk path: ${product.toFixed(0)} s, ${rate(n, product)} rows/s; COPY-then-index: ` +
      `${bareSeconds.toFixed(0)} s (COPY ${bare.copySeconds.toFixed(0)} s + indexes, keys, counts ${bare.indexSeconds.toFixed(0)} s), ` +
      `${rate(n, bareSeconds)} rows/s; product at ${Math.round((bareSeconds / product) * 100)}% of it`,
  );
  await printSizes(db);
  await dropBare(db);
}

const rate = (n: number, seconds: number) => Math.round(n / seconds).toLocaleString('en');

async function printSizes(db: Kysely<DB>) {
  const { rows } = await sql<{ schema: string; tables: string; indexes: string; person_indexes: string }>`
    select n.nspname as schema,
      pg_size_pretty(sum(pg_table_size(c.oid))) as tables,
      pg_size_pretty(sum(pg_indexes_size(c.oid))) as indexes,
      pg_size_pretty(sum(pg_indexes_size(c.oid)) filter (where c.relname = 'person')) as person_indexes
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind = 'r' and n.nspname in ('public', 'bare')
      and c.relname in (${sql.join(PERSON_TABLES)})
    group by 1 order by 1 desc`.execute(db);
  const { rows: words } = await sql<{
    size: string;
  }>`select pg_size_pretty(pg_relation_size('person_name_words')) as size`.execute(db);
  const { rows: total } = await sql<{
    size: string;
  }>`select pg_size_pretty(pg_database_size(current_database())) as size`.execute(db);
  for (const r of rows) {
    console.log(
      `  sizes, ${r.schema === 'public' ? 'product' : 'bulk-built'}: tables ${r.tables}, indexes ${r.indexes} (of person: ${r.person_indexes})`,
    );
  }
  console.log(`  name-word GIN index ${words[0]?.size}; whole database (both copies) ${total[0]?.size}`);
}

/** Arriving persons (half of them already there) each checked, then the whole registry. */
async function benchDuplicateChecks(db: Kysely<DB>, crypto: IdentityCrypto) {
  const again = nationalPersons(SEED);
  const fresh = nationalPersons(SEED + 1);
  const arriving = Array.from({ length: ARRIVING }, (_, i) => (i % 2 ? again() : fresh()));
  const ids: string[] = [];
  for (const person of arriving) {
    ids.push(
      ...(await db
        .transaction()
        .execute((trx) => insertPersons(trx, crypto, [person], { userId: null, importBatchId: null }))),
    );
  }
  const check = await timeEach(ids, (id) => checkPersonForDuplicates(db, id));
  console.log(
    `  incremental check of ${ARRIVING} arriving persons: p50 ${fmt(check.p50)}, p95 ${fmt(check.p95)}, max ${fmt(check.max)}`,
  );
  const start = performance.now();
  const full = await checkWholeRegistry(db);
  console.log(
    `  full duplicate check: ${((performance.now() - start) / 1000).toFixed(0)} s, ${full.records.toLocaleString('en')} records, ` +
      `${full.comparisons.toLocaleString('en')} comparisons, ${full.pairs.toLocaleString('en')} pairs`,
  );
}

/** What a start does on this registry (migrations checked, start fills, first admin, the app) until it answers. */
async function timeToReady(url: string, key: Buffer): Promise<Database> {
  const start = performance.now();
  const database = await prepareDatabase({ kind: 'postgresql', url });
  await ensureFirstAdmin(database.db);
  const app = await buildApp({ ...loadConfig({}), webDir: null, logLevel: 'silent' }, database, key);
  const health = await app.inject({ method: 'GET', url: '/api/health' });
  console.log(`  start to ready (health ${health.statusCode}) on this registry: ${fmt(performance.now() - start)}`);
  await app.close();
  return database;
}

function sampleRss() {
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 200);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss);
    },
  };
}
