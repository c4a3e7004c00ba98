import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Each integration test file starts its own app and database; two cores, so keep it modest.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Files and the tests within them in a random order, so that none depends on another having run
    // first. Vitest prints the seed ("Running tests with seed …"); --sequence.seed=… repeats the order.
    sequence: { shuffle: true },
  },
});
