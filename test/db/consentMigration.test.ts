import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection';
import { migrate } from '../../src/db/migrate';
import { openEmptyScratchDatabase } from '../../src/db/scratchDatabase';
import { seedReferenceData } from '../../src/db/seedReference';

// Migration 0028 replaces the one consent field (Decree 13/2023) by consent per purpose.
describe('consent stored before migration 0028', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openEmptyScratchDatabase(process.env.DATABASE_URL, 'cn_consent_migration');
    await migrate(database.db, 27);
    await seedReferenceData(database.db);
  });
  afterAll(() => database.close());

  it('keeps "given" as consent to keeping the record only, and a refusal or withdrawal for every purpose', async () => {
    const db = database.db;
    const person = (n: number, consent: string, date: string | null) => sql`
      insert into person (id, full_name, name_search, name_words, name_key, consent_status, consent_date)
      values (${`00000000-0000-0000-0000-00000000000${n}`}::uuid, ${`Người ${n}`}, ${`nguoi ${n}`},
              ${['nguoi', String(n)]}::text[], ${`${n} nguoi`}, ${consent}, ${date}::date)`;
    await person(1, 'given', '2024-05-01').execute(db);
    await person(2, 'withdrawn', '2025-01-02').execute(db);
    await person(3, 'unknown', null).execute(db);
    await migrate(db);
    const { rows } = await sql<{ n: string; purpose: string; decision: string; channel: string; decided_on: string }>`
      select right(person_id::text, 1) as n, purpose, decision, channel, text_version, decided_on::text
      from person_consent order by n, purpose`.execute(db);
    expect(rows).toEqual([
      expect.objectContaining({
        n: '1',
        purpose: 'registry',
        decision: 'given',
        channel: 'legacy',
        decided_on: '2024-05-01',
      }),
      ...['contact', 'expert', 'publication', 'registry', 'sharing'].map((purpose) =>
        expect.objectContaining({ n: '2', purpose, decision: 'withdrawn', text_version: 'decree-13-2023' }),
      ),
    ]);
  });
});
