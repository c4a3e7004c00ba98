import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../src/db/schema';
import { openScratchDatabase } from '../src/db/scratchDatabase';
import type { PersonInput } from '../src/domain/persons/personSchemas';
import { pairKey, syntheticPopulation } from '../src/server/demo/syntheticDuplicates';
import { checkPersonForDuplicates } from '../src/server/duplicates/checkPerson';
import { checkWholeRegistry } from '../src/server/duplicates/fullCheck';
import { insertPersons } from '../src/server/persons/writes/bulkPersonWrites';
import { createIdentityCrypto, type IdentityCrypto } from '../src/server/secrets/identityCrypto';
import { benchTargets } from './options';
import { fmt, timeEach } from './stats';

const LOAD_CHUNK = 5_000;
// The records of the population stored one by one at the end, each checked as it arrives.
const ARRIVING = 300;

/** What is kept of the population once it is stored: the arriving records and the truth. */
interface Stored {
  /** The synthetic id of each stored record, by database id. */
  syntheticIds: Map<string, string>;
  arriving: { person: PersonInput; syntheticId: string }[];
  duplicatePairs: ReadonlySet<string>;
  lookAlikePairs: ReadonlySet<string>;
}

/**
 * The checks as the server runs them, in a database: the population is stored, the whole registry
 * checked (time, and precision/recall of the pairs stored), then ARRIVING more records are stored
 * one at a time, each followed by the incremental check (its time per record).
 */
export async function benchRegistry(args: readonly string[], persons: number, seed: number): Promise<void> {
  for (const target of benchTargets(args)) {
    const database = await openScratchDatabase(target.url, 'cn_bench_dedupe');
    try {
      const crypto = createIdentityCrypto(randomBytes(32));
      // The population itself is not kept: a heap of a million records would make the checks' times
      // those of its garbage collection, which a server does not have.
      const stored = await storePopulation(database.db, crypto, seed, persons, target.kind);
      await benchChecks(database.db, crypto, stored);
    } finally {
      await database.close();
    }
  }
}

async function storePopulation(db: Kysely<DB>, crypto: IdentityCrypto, seed: number, size: number, kind: string) {
  const population = syntheticPopulation(seed, size);
  console.log(`[${kind}] ${population.records.length.toLocaleString('en')} records`);
  const bulk = population.persons.length - ARRIVING;
  const start = performance.now();
  const dbIds: string[] = [];
  for (let from = 0; from < bulk; from += LOAD_CHUNK) {
    const inputs = population.persons.slice(from, Math.min(bulk, from + LOAD_CHUNK));
    dbIds.push(...(await store(db, crypto, inputs)));
  }
  // As autovacuum would after a bulk load (the bench's server may run without it): statistics, and
  // the dead rows of the name counts the load's triggers updated.
  await sql`vacuum analyze`.execute(db);
  console.log(`  stored ${bulk.toLocaleString('en')} records in ${seconds(start)} s`);
  const stored: Stored = {
    syntheticIds: new Map(dbIds.map((id, i) => [id, population.records[i]!.id])),
    arriving: population.persons.slice(bulk).map((person, i) => ({
      person,
      syntheticId: population.records[bulk + i]!.id,
    })),
    duplicatePairs: new Set(population.duplicatePairs.keys()),
    lookAlikePairs: population.hardNonDuplicatePairs,
  };
  return stored;
}

const store = (db: Kysely<DB>, crypto: IdentityCrypto, inputs: PersonInput[]) =>
  db.transaction().execute((trx) => insertPersons(trx, crypto, inputs, { userId: null, importBatchId: null }));

async function benchChecks(db: Kysely<DB>, crypto: IdentityCrypto, stored: Stored) {
  const start = performance.now();
  const result = await checkWholeRegistry(db);
  console.log(
    `  full check: ${result.records.toLocaleString('en')} records, ${result.comparisons.toLocaleString('en')} comparisons, ` +
      `${result.pairs.toLocaleString('en')} pairs, ${seconds(start)} s`,
  );

  // Each arriving record is stored, then checked: the two timed apart, then the check again.
  const arrivedIds: string[] = [];
  const storing = await timeEach(stored.arriving, async ({ person, syntheticId }) => {
    const [id] = await store(db, crypto, [person]);
    stored.syntheticIds.set(id!, syntheticId);
    arrivedIds.push(id!);
  });
  const check = (id: string) => checkPersonForDuplicates(db, id);
  const first = await timeEach(arrivedIds, check);
  const again = await timeEach(arrivedIds, check);
  const times = (label: string, t: { p50: number; p95: number; max: number }) =>
    console.log(`  ${label.padEnd(44)} p50 ${fmt(t.p50)}, p95 ${fmt(t.p95)}, max ${fmt(t.max)}`);
  times(`storing each of ${ARRIVING} arriving records:`, storing);
  times('incremental check of each, once stored:', first);
  times('the same checks again:', again);
  await printAccuracy(db, stored);
}

/** Precision and recall of the stored open pairs against the population's known duplicates. */
async function printAccuracy(db: Kysely<DB>, stored: Stored) {
  const pairs = await db.selectFrom('duplicate_pair').select(['person_a', 'person_b']).execute();
  const syntheticId = (id: string) => stored.syntheticIds.get(id)!;
  const found = new Set(pairs.map((p) => pairKey(syntheticId(p.person_a), syntheticId(p.person_b))));
  const right = [...found].filter((key) => stored.duplicatePairs.has(key)).length;
  const precision = right / found.size;
  const recall = right / stored.duplicatePairs.size;
  const lookAlikes = [...stored.lookAlikePairs].filter((key) => found.has(key)).length;
  console.log(
    `  stored pairs: ${found.size.toLocaleString('en')}, ${right.toLocaleString('en')} right; precision ${precision.toFixed(4)}  ` +
      `recall ${recall.toFixed(4)}  F1 ${((2 * precision * recall) / (precision + recall)).toFixed(4)}; ` +
      `look-alikes proposed: ${lookAlikes} of ${stored.lookAlikePairs.size}`,
  );
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
