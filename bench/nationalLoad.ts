import { CompiledQuery, sql, type Kysely } from 'kysely';
import { copyLine } from '../src/db/copyRows';
import { refreshRegistryStatistics } from '../src/db/refreshStatistics';
import type { DB } from '../src/db/schema';
import type { PersonInput } from '../src/domain/persons/personSchemas';
import { insertPersons, personRows } from '../src/server/persons/writes/bulkPersonWrites';
import type { IdentityCrypto } from '../src/server/secrets/identityCrypto';
import { PERSON_TABLES } from './importFiles';

const CHUNK = 5_000;
const LOADED = PERSON_TABLES;
const NO_ORIGIN = { userId: null, importBatchId: null };

/** Chunks of N persons from the generator; making them is not part of either load's time. */
function* chunks(n: number, next: () => PersonInput): Generator<PersonInput[]> {
  for (let done = 0; done < n; done += CHUNK) yield Array.from({ length: Math.min(CHUNK, n - done) }, next);
}

const timed = async (work: () => Promise<unknown>) => {
  const start = performance.now();
  await work();
  return (performance.now() - start) / 1000;
};

/**
 * The product's bulk path, as an import's commit takes it: each chunk in its transaction, COPY into
 * the indexed tables with their foreign keys and count triggers, the name vocabulary, then ANALYZE.
 */
export async function loadThroughProduct(db: Kysely<DB>, crypto: IdentityCrypto, n: number, next: () => PersonInput) {
  let seconds = 0;
  let done = 0;
  for (const inputs of chunks(n, next)) {
    seconds += await timed(() => db.transaction().execute((trx) => insertPersons(trx, crypto, inputs, NO_ORIGIN)));
    done += inputs.length;
    if (done % 500_000 === 0) console.log(`    product load: ${done.toLocaleString('en')} in ${seconds.toFixed(0)} s`);
  }
  seconds += await timed(() => refreshRegistryStatistics(db));
  return seconds;
}

/**
 * The bulk-load limit on the same server: the same rows COPY'd into bare copies of the tables (no
 * index, key or trigger), then every index and foreign key of the real tables built on them and the
 * count tables the triggers keep filled by one aggregate each. Dropped afterwards.
 */
export async function loadBare(db: Kysely<DB>, crypto: IdentityCrypto, n: number, next: () => PersonInput) {
  await sql`drop schema if exists bare cascade; create schema bare`.execute(db);
  for (const table of [...LOADED, 'person_count', 'person_name_count', 'person_name_word']) {
    await sql`create table ${sql.raw(`bare.${table}`)} (like ${sql.table(table)} including defaults including identity)`.execute(
      db,
    );
  }
  let copySeconds = 0;
  for (const inputs of chunks(n, next)) {
    const { tables } = personRows(crypto, inputs, NO_ORIGIN);
    const texts = Object.entries(tables).map(([table, rows]) => {
      const columns = Object.keys(rows[0] ?? {});
      return { table, columns, text: rows.map((row) => copyLine(row, columns)).join('') };
    });
    copySeconds += await timed(async () => {
      for (const { table, columns, text } of texts) {
        if (!text) continue;
        const statement = `copy bare.${table} (${columns.join(', ')}) from stdin`;
        await db.executeQuery(CompiledQuery.raw(statement, [text]));
      }
    });
  }
  const indexSeconds = await timed(() => buildLikeProduct(db));
  return { copySeconds, indexSeconds };
}

/** The real tables' indexes, foreign keys and trigger-kept counts, rebuilt on the bare copies. */
async function buildLikeProduct(db: Kysely<DB>) {
  const { rows: indexes } = await sql<{ def: string }>`
    select indexdef as def from pg_indexes where schemaname = 'public' and tablename in (${sql.join(LOADED)})`.execute(
    db,
  );
  for (const { def } of indexes) await sql.raw(def.replace(/ ON public\./, ' ON bare.')).execute(db);
  const { rows: keys } = await sql<{ table: string; name: string; def: string }>`
    select conrelid::regclass::text as table, conname as name, pg_get_constraintdef(oid) as def
    from pg_constraint where contype = 'f' and conrelid::regclass::text in (${sql.join(LOADED)})`.execute(db);
  const bareTable = new RegExp(`REFERENCES (${LOADED.join('|')})\\(`);
  for (const key of keys) {
    const def = key.def.replace(bareTable, 'REFERENCES bare.$1(');
    await sql.raw(`alter table bare.${key.table} add constraint ${key.name} ${def}`).execute(db);
  }
  await sql`insert into bare.person_count (hometown_province_code, source_province_code, residence_country, count)
    select hometown_province_code, source_province_code, residence_country, count(*) from bare.person group by 1, 2, 3`.execute(
    db,
  );
  await sql`insert into bare.person_name_count (name_commonness_key, count)
    select name_commonness_key, count(*) from bare.person where name_commonness_key is not null group by 1`.execute(db);
  await sql`insert into bare.person_name_word (word) select distinct unnest(name_words) from bare.person`.execute(db);
  await sql.raw(`analyze ${LOADED.map((t) => `bare.${t}`).join(', ')}`).execute(db);
}

export async function dropBare(db: Kysely<DB>) {
  await sql`drop schema if exists bare cascade`.execute(db);
}
