import { findDuplicates } from '../src/domain/duplicates/findDuplicates';
import { pairKey, syntheticPopulation, VARIATIONS } from '../src/server/demo/syntheticDuplicates';
import { benchRegistry } from './dedupeRegistryBench';
import { numberOption } from './options';
import { machine } from './stats';

/**
 * npm run bench -- dedupe [--persons 100000] [--registry-persons 870000] [--seed 1] [--pglite-only | --postgres-only]
 * A synthetic population with known duplicates (every variation the matcher must see through) and
 * look-alikes that are other people; prints pairwise precision, recall and F1, and the time taken,
 * in memory; then the same for a population of about a million records stored in the database
 * (PGlite, and PostgreSQL when DATABASE_URL is set): whole-registry check, incremental check.
 */
export async function run(args: string[]): Promise<void> {
  const persons = numberOption(args, 'persons', 100_000);
  const seed = numberOption(args, 'seed', 1);
  evaluate(persons, seed);
  await benchRegistry(args, numberOption(args, 'registry-persons', 870_000), seed);
}

function evaluate(persons: number, seed: number): void {
  const population = syntheticPopulation(seed, persons);
  const truth = population.duplicatePairs;
  console.log(
    `dedupe evaluation: ${population.records.length.toLocaleString('en')} records ` +
      `(${truth.size.toLocaleString('en')} duplicate pairs, ${population.hardNonDuplicatePairs.size.toLocaleString('en')} look-alike pairs); ${machine()}`,
  );
  const start = performance.now();
  const { pairs, comparisons } = findDuplicates(population.records);
  const seconds = (performance.now() - start) / 1000;
  const found = new Set(pairs.map((p) => pairKey(p.a, p.b)));
  const truePositives = [...found].filter((key) => truth.has(key)).length;
  const precision = truePositives / found.size;
  const recall = truePositives / truth.size;
  const f1 = (2 * precision * recall) / (precision + recall);
  const lookAlikesJoined = [...population.hardNonDuplicatePairs].filter((key) => found.has(key)).length;
  console.log(`  compared ${comparisons.toLocaleString('en')} pairs in ${seconds.toFixed(1)} s`);
  console.log(`  proposed ${found.size.toLocaleString('en')} pairs, ${truePositives.toLocaleString('en')} right`);
  console.log(`  precision ${precision.toFixed(4)}  recall ${recall.toFixed(4)}  F1 ${f1.toFixed(4)}`);
  console.log(`  look-alike pairs wrongly proposed: ${lookAlikesJoined} of ${population.hardNonDuplicatePairs.size}`);
  console.log('  recall by variation (pairs with it found / pairs with it):');
  for (const variation of VARIATIONS) {
    const withIt = [...truth].filter(([, variations]) => variations.includes(variation));
    const hits = withIt.filter(([key]) => found.has(key)).length;
    console.log(`    ${variation.padEnd(16)} ${hits} / ${withIt.length}  ${(hits / withIt.length).toFixed(3)}`);
  }
}
