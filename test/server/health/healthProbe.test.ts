import type { KyselyPlugin } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openScratchDatabase } from '../../../src/db/scratchDatabase';
import { startTestApp } from '../../helpers/testApp';

/** Counts the statements the app sends once `counting` is on. */
function statementCounter() {
  const counter = { counting: false, statements: 0 };
  const plugin: KyselyPlugin = {
    transformQuery: ({ node }) => {
      if (counter.counting) counter.statements++;
      return node;
    },
    transformResult: async ({ result }) => result,
  };
  return { counter, plugin };
}

describe('/api/health', () => {
  it('answers a burst of checks from one database probe', async () => {
    const database = await openScratchDatabase(process.env.DATABASE_URL, 'cn_test');
    const { counter, plugin } = statementCounter();
    const t = await startTestApp({}, { database: { ...database, db: database.db.withPlugin(plugin) } });
    try {
      counter.counting = true;
      const answers = await Promise.all(
        Array.from({ length: 20 }, () => t.app.inject({ method: 'GET', url: '/api/health' })),
      );
      expect(answers.map((a) => a.statusCode)).toEqual(Array(20).fill(200));
      expect(counter.statements).toBe(1);
    } finally {
      await t.close();
    }
  });
});
