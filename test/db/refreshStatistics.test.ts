import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshRegistryStatistics } from '../../src/db/refreshStatistics';
import { USERS, personBody } from '../helpers/factories';
import { startTestApp, type TestApp } from '../helpers/testApp';

describe("the registry's statistics", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const estimatedPersons = async () =>
    (await sql<{ n: number }>`select reltuples::int as n from pg_class where relname = 'person'`.execute(t.db)).rows[0]!
      .n;

  it('are gathered on demand, so that the planner knows how many persons there are', async () => {
    await t.createUser(...USERS.ctOfficer);
    const officer = await t.login(USERS.ctOfficer[0]);
    for (let i = 0; i < 12; i++) await officer.post('/api/persons', personBody({ fullName: `Nguyễn Văn Số ${i}` }));
    await refreshRegistryStatistics(t.db);
    expect(await estimatedPersons()).toBe(12);
  });
});
