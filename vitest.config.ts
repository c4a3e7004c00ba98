import { defineConfig } from 'vitest/config';

// Tests run in a random order, files and tests within them, so that none depends on another having
// run first. The seed is printed; TEST_SEED=<seed> runs the same order again.
const seed = Number(process.env.TEST_SEED ?? Math.floor(Math.random() * 1_000_000));
console.log(`test order: seed ${seed} (TEST_SEED=${seed} repeats it)`);

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Each integration test file starts its own app and database; two cores, so keep it modest.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    sequence: { shuffle: true, seed },
  },
});
