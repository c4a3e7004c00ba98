import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../src/db/schema';
import { openScratchDatabase } from '../src/db/scratchDatabase';
import { pairKey, syntheticPopulation, type SyntheticPopulation } from '../src/server/demo/syntheticDuplicates';
import { checkPersonForDuplicates } from '../src/server/duplicates/checkPerson';
import { checkWholeRegistry } from '../src/server/duplicates/fullCheck';
import { insertPersons } from '../src/server/persons/bulkInsertPersons';
import { createIdentityCrypto } from '../src/server/secrets/identityCrypto';
import { benchTargets } from './options';
import { fmt, timeEach } from './stats';

const LOAD_CHUNK = 5_000;
// The records of the population stored one by one at the end, each checked as it arrives.
const ARRIVING = 300;

/**
 * The checks as the server runs them, in a database: the population is stored, the whole registry
 * checked (time, and precision/recall of the pairs stored), then ARRIVING more records are stored
 * one at a time, each followed by the incremental check (its time per record).
 */
export async function benchRegistry(args: readonly string[], persons: number, seed: number): Promise<void> {
  const population = syntheticPopulation(seed, persons);
  for (const target of benchTargets(args)) {
    const database = await openScratchDatabase(target.url, 'cn_bench_dedupe');
    try {
      console.log(`[${target.kind}] ${population.records.length.toLocaleString('en')} records`);
      await benchOne(database.db, population);
    } finally {
      await database.close();
    }
  }
}

async function benchOne(db: Kysely<DB>, population: SyntheticPopulation) {
  const crypto = createIdentityCrypto(randomBytes(32));
  const dbIds: string[] = [];
  const store = (from: number, to: number) =>
    db.transaction().execute(async (trx) => {
      const inputs = population.persons.slice(from, to);
      dbIds.push(...(await insertPersons(trx, crypto, inputs, { userId: null, importBatchId: null })));
    });
  const bulk = population.persons.length - ARRIVING;
  let start = performance.now();
  for (let from = 0; from < bulk; from += LOAD_CHUNK) await store(from, Math.min(bulk, from + LOAD_CHUNK));
  // As autovacuum would after a bulk load (the bench's server may run without it): statistics, and
  // the dead rows of the name counts the load's triggers updated.
  await sql`vacuum analyze`.execute(db);
  console.log(`  stored ${bulk.toLocaleString('en')} records in ${seconds(start)} s`);

  start = performance.now();
  const result = await checkWholeRegistry(db);
  console.log(
    `  full check: ${result.records.toLocaleString('en')} records, ${result.comparisons.toLocaleString('en')} comparisons, ` +
      `${result.pairs.toLocaleString('en')} pairs, ${seconds(start)} s`,
  );

  const arriving = Array.from({ length: ARRIVING }, (_, i) => bulk + i);
  const incremental = await timeEach(arriving, async (index) => {
    await store(index, index + 1);
    await checkPersonForDuplicates(db, dbIds[index]!);
  });
  const check = await timeEach(arriving, (index) => checkPersonForDuplicates(db, dbIds[index]!));
  console.log(
    `  incremental check of ${ARRIVING} arriving records (store + check): p50 ${fmt(incremental.p50)}, p95 ${fmt(incremental.p95)}, max ${fmt(incremental.max)}`,
  );
  console.log(
    `  the check alone, again for each:                       p50 ${fmt(check.p50)}, p95 ${fmt(check.p95)}, max ${fmt(check.max)}`,
  );
  await printAccuracy(db, population, dbIds);
}

/** Precision and recall of the stored open pairs against the population's known duplicates. */
async function printAccuracy(db: Kysely<DB>, population: SyntheticPopulation, dbIds: readonly string[]) {
  const syntheticId = new Map(dbIds.map((id, i) => [id, population.records[i]!.id]));
  const stored = await db.selectFrom('duplicate_pair').select(['person_a', 'person_b']).execute();
  const found = new Set(stored.map((p) => pairKey(syntheticId.get(p.person_a)!, syntheticId.get(p.person_b)!)));
  const right = [...found].filter((key) => population.duplicatePairs.has(key)).length;
  const precision = right / found.size;
  const recall = right / population.duplicatePairs.size;
  const lookAlikes = [...population.hardNonDuplicatePairs].filter((key) => found.has(key)).length;
  console.log(
    `  stored pairs: ${found.size.toLocaleString('en')}, ${right.toLocaleString('en')} right; precision ${precision.toFixed(4)}  ` +
      `recall ${recall.toFixed(4)}  F1 ${((2 * precision * recall) / (precision + recall)).toFixed(4)}; ` +
      `look-alikes proposed: ${lookAlikes} of ${population.hardNonDuplicatePairs.size}`,
  );
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
