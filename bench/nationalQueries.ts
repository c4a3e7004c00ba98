import { sql, type Kysely } from 'kysely';
import type { DB } from '../src/db/schema';
import { nameWords } from '../src/domain/persons/personName';
import { seededRandom, pick } from '../src/server/demo/random';
import { NATIONAL_SEARCHES } from './nationalPopulation';
import type { benchSession } from './benchSession';
import { fmt, timeEach } from './stats';

type Get = Awaited<ReturnType<typeof benchSession>>['get'];
const ROUNDS = 5;

/** The least a page of a name search can cost: the word index, the name order, 51 ids. */
const bareNamePage = (db: Kysely<DB>, q: string) =>
  sql`select id from person where name_words @> ${nameWords(q)}::text[] and deleted_at is null
      order by name_search, id limit 51`.execute(db);

/** The least a filtered page can cost: the same filters straight on the table, 51 ids. */
const bareFilteredPage = (db: Kysely<DB>, f: Filter) =>
  sql`select id from person where residence_country = ${f.country} and hometown_province_code = ${f.province}
      and sex = ${f.sex} and birth_year between ${f.from} and ${f.from + 15} and deleted_at is null
      order by name_search, id limit 51`.execute(db);

interface Filter {
  country: string;
  province: string;
  sex: string;
  from: number;
}

function filters(count: number): Filter[] {
  const random = seededRandom(11);
  return Array.from({ length: count }, () => ({
    country: pick(random, ['US', 'JP', 'KR', 'DE', 'AU', 'FR', 'TW', 'CZ', 'NO', 'UY']),
    province: pick(random, ['79', '01', '31', '92', '40', '48', '04', '11']),
    sex: pick(random, ['male', 'female']),
    from: 1940 + Math.floor(random() * 50),
  }));
}

const row = (label: string, api: { p50: number; p95: number }, bare: { p50: number; p95: number }) =>
  console.log(
    `  ${label.padEnd(34)} | ${fmt(api.p50).padStart(9)} | ${fmt(api.p95).padStart(9)} | ${fmt(bare.p50).padStart(9)} | ${fmt(bare.p95).padStart(9)} | ${(api.p95 / bare.p95).toFixed(1)}`,
  );

/** Name searches of each kind, filtered pages and the counts, through the API and as bare SQL. */
export async function benchQueries(db: Kysely<DB>, get: Get) {
  console.log('  case (first page of 50)            | API p50   | API p95   | bare p50  | bare p95  | API/bare p95');
  for (const [kind, texts] of Object.entries(NATIONAL_SEARCHES)) {
    const inputs = Array.from({ length: ROUNDS }, () => texts).flat();
    await get(`/api/persons?q=${encodeURIComponent(texts[0]!)}&limit=50`);
    const api = await timeEach(inputs, (q) => get(`/api/persons?q=${encodeURIComponent(q)}&limit=50`));
    const bare = await timeEach(inputs, (q) => bareNamePage(db, q));
    row(`name search: ${kind}`, api, bare);
  }
  const pages = filters(40);
  const query = (f: Filter) =>
    `/api/persons?country=${f.country}&province=${f.province}&sex=${f.sex}&birthYearFrom=${f.from}&birthYearTo=${f.from + 15}&limit=50`;
  row(
    'filtered page (5 filters)',
    await timeEach(pages, (f) => get(query(f))),
    await timeEach(pages, (f) => bareFilteredPage(db, f)),
  );
  const second = await timeEach(pages.slice(0, 20), async (f) => {
    const first: { nextCursor: string | null } = (await get(query(f))).json();
    if (first.nextCursor) await get(`${query(f)}&cursor=${first.nextCursor}`);
  });
  console.log(`  first + next page of the same filters: p50 ${fmt(second.p50)}, p95 ${fmt(second.p95)}`);
  const counts = await timeEach(
    Array.from({ length: 20 }, () => ''),
    () => get('/api/persons/stats'),
  );
  const scan = await timeEach(['', '', ''], () =>
    sql`select residence_country, count(*) from person where deleted_at is null group by 1`.execute(db),
  );
  row('counts by country and province', counts, scan);
  console.log('  (bare counts read the person table; the API reads the counts its triggers keep)');
}
