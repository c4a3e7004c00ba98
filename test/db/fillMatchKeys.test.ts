import { readFile } from 'node:fs/promises';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillMatchKeys } from '../../src/db/fillMatchKeys';
import { USERS } from '../helpers/factories';
import { startTestApp, type TestApp } from '../helpers/testApp';

const PERSON = { fullName: 'Trương Ngọc Hân', sex: 'female', birthDate: { year: 1975 }, residenceCountry: 'AU' };

describe('name keys of rows stored before migrations 0009, 0010 and 0027', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.createUser(...USERS.ministry);
  });
  afterAll(() => t.close());

  const counts = async () =>
    Object.fromEntries(
      (
        await t.db
          .selectFrom('person_name_count')
          .select(['name_commonness_key', 'count'])
          .where('name_commonness_key', 'like', 'truong|%')
          .execute()
      ).map((r) => [r.name_commonness_key, r.count]),
    );

  it('are filled at start, and the name counts follow', async () => {
    const admin = await t.login(USERS.ministry[0]);
    for (const fullName of [PERSON.fullName, 'TRUONG NGOC HAN', 'Trương Hân']) {
      expect((await admin.post('/api/persons', { ...PERSON, fullName })).statusCode).toBe(201);
    }
    const expected = { 'truong|han': 3, 'truong|ngoc|han': 2, 'truong||han': 1 };
    expect(await counts()).toEqual(expected);

    // As a row stored before 0010: no whole-name key, so not counted by it.
    await t.db.updateTable('person').set({ full_name_key: null }).where('name_search', 'like', 'truong%').execute();
    expect(await counts()).toEqual({ 'truong|han': 3, 'truong|ngoc|han': 0, 'truong||han': 0 });

    expect(await fillMatchKeys(t.db)).toBe(3);
    expect(await counts()).toEqual(expected);
    expect(await fillMatchKeys(t.db)).toBe(0);
  });

  it('are given again, beside the birth year, to persons whose keys migration 0027 dropped', async () => {
    const admin = await t.login(USERS.ministry[0]);
    const person = (await admin.post('/api/persons', { ...PERSON, fullName: 'Quách Ngọc Hân' })).json();
    const keysOf = () =>
      t.db.selectFrom('person_match_key').select(['key', 'birth_year']).where('person_id', '=', person.id).execute();
    expect(await keysOf()).toEqual([{ key: 'quach|han', birth_year: 1975 }]);

    // As migration 0027 left it, then marked by 0031 (its own SQL, run again).
    await t.db.deleteFrom('person_match_key').where('person_id', '=', person.id).execute();
    await sql.raw(await readFile('src/db/migrations/0031_match_keys_to_fill.sql', 'utf8')).execute(t.db);
    expect(await fillMatchKeys(t.db)).toBeGreaterThanOrEqual(1);
    expect(await keysOf()).toEqual([{ key: 'quach|han', birth_year: 1975 }]);
  });
});
