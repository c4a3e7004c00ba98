import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Database } from '../src/db/connection';
import { openScratchDatabase } from '../src/db/scratchDatabase';
import { personListQuerySchema } from '../src/domain/persons/listQuery';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { seededRandom, pick } from '../src/server/demo/random';
import { syntheticPersons } from '../src/server/demo/syntheticPersons';
import { bulkInsertPersons } from '../src/server/persons/writes/bulkPersonWrites';
import { countPersonsBy } from '../src/server/persons/personStats';
import { searchPersons } from '../src/server/persons/searchPersons';
import { createIdentityCrypto } from '../src/server/secrets/identityCrypto';
import { createBenchUser } from './benchUser';
import { benchSession } from './benchSession';
import { benchTargets, numberOption } from './options';
import { fmt, machine, timeEach } from './stats';

/**
 * npm run bench -- search [--n 1000000] [--queries 200]
 * Loads N synthetic persons, then times name search, a filtered page and the count by country,
 * through the HTTP API and as the bare SQL the API runs, on PGlite and (DATABASE_URL) PostgreSQL.
 */
export async function run(args: string[]): Promise<void> {
  const n = numberOption(args, 'n', 1_000_000);
  const queries = numberOption(args, 'queries', 200);
  console.log(`search benchmark: ${n.toLocaleString('en')} persons, ${queries} queries per case; ${machine()}`);
  for (const target of benchTargets(args)) {
    const database = await openScratchDatabase(target.url, 'cn_bench');
    try {
      await benchOne(database, n, queries);
    } finally {
      await database.close();
    }
  }
}

async function load(database: Database, n: number, key: Buffer) {
  const crypto = createIdentityCrypto(key);
  const next = syntheticPersons(42);
  const start = performance.now();
  const batch = 2_000;
  for (let done = 0; done < n; done += batch) {
    await bulkInsertPersons(database.db, crypto, Array.from({ length: Math.min(batch, n - done) }, next), null);
    if ((done + batch) % 100_000 === 0) console.log(`  loaded ${(done + batch).toLocaleString('en')}`);
  }
  // What autovacuum does on a live server; PGlite has no autovacuum.
  await sql`vacuum analyze`.execute(database.db);
  const seconds = (performance.now() - start) / 1000;
  console.log(
    `  load: ${n.toLocaleString('en')} persons in ${seconds.toFixed(1)} s (${Math.round(n / seconds)} rows/s)`,
  );
}

/** Names as people type them: without diacritics, reversed, all capitals, or as stored. */
function nameQueries(count: number): string[] {
  const random = seededRandom(7);
  const next = syntheticPersons(7);
  const strip = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  return Array.from({ length: count }, () => {
    const name = next().fullName;
    return pick(random, [
      strip(name),
      name.split(' ').reverse().join(' '),
      name.toUpperCase(),
      strip(name).toLowerCase(),
    ]);
  });
}

function filterQueries(count: number): string[] {
  const random = seededRandom(11);
  const countries = ['US', 'Nhật Bản', 'Hàn Quốc', 'Đức', 'Úc', 'Pháp', 'Đài Loan'];
  const provinces = ['Cần Thơ', 'Hải Phòng', 'Sóc Trăng', 'Hà Nội', 'TP HCM', 'Nghệ An'];
  const categories = ['settled', 'worker', 'student', 'expert'];
  return Array.from({ length: count }, () => {
    const from = 1940 + Math.floor(random() * 50);
    const params = new URLSearchParams({
      country: pick(random, countries),
      province: pick(random, provinces),
      category: pick(random, categories),
      sex: pick(random, ['male', 'female']),
      birthYearFrom: String(from),
      birthYearTo: String(from + 15),
      limit: '50',
    });
    return params.toString();
  });
}

async function benchOne(database: Database, n: number, queries: number) {
  console.log(`\n[${database.kind}]`);
  const key = randomBytes(32);
  await load(database, n, key);
  const config = { ...loadConfig({}), webDir: null, logLevel: 'silent' };
  const app = await buildApp(config, database, key);
  const user = await createBenchUser(database.db);
  const { get } = await benchSession(app);
  const ctx = {
    db: database.db,
    crypto: app.identityCrypto,
    actor: {
      user: {
        id: user.id,
        username: 'bench',
        displayName: 'bench',
        role: 'national_admin' as const,
        provinceCode: null,
        agencyId: null,
        communeCode: null,
        mission: null,
        mustChangePassword: false,
      },
      ip: '127.0.0.1',
    },
    language: 'vi' as const,
    now: () => new Date(),
  };
  // The queries the API runs, without HTTP, validation of the request or serialisation of the answer.
  const bareSql = async (search: string) =>
    searchPersons(ctx, personListQuerySchema.parse(Object.fromEntries(new URLSearchParams(search))));

  const names = nameQueries(queries).map((q) => `q=${encodeURIComponent(q)}&limit=50`);
  const filters = filterQueries(queries);
  await get(`/api/persons?${names[0]}`); // warm-up
  const cases: [string, string[], (q: string) => Promise<unknown>, (q: string) => Promise<unknown>][] = [
    ['name search (page + count)', names, (q) => get(`/api/persons?${q}`), bareSql],
    ['filtered page (page + count)', filters, (q) => get(`/api/persons?${q}`), bareSql],
    [
      'count by country',
      Array.from({ length: Math.min(queries, 30) }, () => ''),
      () => get('/api/persons/stats'),
      () => countPersonsBy(database.db, null, 'residence_country'),
    ],
  ];
  console.log('  case                           | API p50   | API p95   | SQL p50   | SQL p95   | API/SQL p95');
  for (const [label, inputs, api, bare] of cases) {
    const viaApi = await timeEach(inputs, api);
    const viaSql = await timeEach(inputs, bare);
    console.log(
      `  ${label.padEnd(30)} | ${fmt(viaApi.p50).padStart(9)} | ${fmt(viaApi.p95).padStart(9)} | ${fmt(viaSql.p50).padStart(9)} | ${fmt(viaSql.p95).padStart(9)} | ${(viaApi.p95 / viaSql.p95).toFixed(2)}`,
    );
  }
  console.log('  (count by country via the API also counts by province: the dashboard asks for both)');
  const scan = await timeEach(
    Array.from({ length: 10 }, () => ''),
    () => sql`select residence_country, count(*) from person where deleted_at is null group by 1`.execute(database.db),
  );
  console.log(
    `  for reference, counting by country by reading the person table: p50 ${fmt(scan.p50)}, p95 ${fmt(scan.p95)}`,
  );
  await app.close();
}
