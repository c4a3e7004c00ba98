import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection';
import { openEmptyScratchDatabase } from '../../src/db/scratchDatabase';
import { fillRelativeSearch } from '../../src/db/fillRelativeSearch';
import { migrate } from '../../src/db/migrate';
import { seedReferenceData } from '../../src/db/seedReference';

// Migration 0012 moves each person's relatives into records of their own; rows stored before it,
// and the snapshots merges keep for undo, must come through unchanged in what they say.
describe('relatives stored before migration 0012', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openEmptyScratchDatabase(process.env.DATABASE_URL, 'cn_migration');
    await migrate(database.db, 11);
    await seedReferenceData(database.db);
  });
  afterAll(() => database.close());

  it('become relatives of their own, linked, searchable, and snapshots follow', async () => {
    const db = database.db;
    await sql`
      insert into person (id, full_name, name_search, name_words, name_key)
      values ('00000000-0000-0000-0000-000000000001', 'Lý Văn Bảy', 'ly van bay', '{ly,van,bay}', 'bay ly van')`.execute(
      db,
    );
    await sql`
      insert into person_relative (id, person_id, position, full_name, relationship, phone, address, province_code)
      values ('00000000-0000-0000-0000-0000000000a1', '00000000-0000-0000-0000-000000000001', 0,
              'Lý Thị Tám', 'mẹ', '+84912000111', 'Ninh Kiều', '92')`.execute(db);
    const legacyRelative = {
      id: '00000000-0000-0000-0000-0000000000a1',
      person_id: '00000000-0000-0000-0000-000000000001',
      position: 0,
      full_name: 'Lý Thị Tám',
      relationship: 'mẹ',
      phone: '+84912000111',
      address: 'Ninh Kiều',
      province_code: '92',
    };
    const snapshot = {
      row: { id: legacyRelative.person_id },
      documents: [],
      relatives: [legacyRelative],
      matchKeys: [],
    };
    await sql`
      insert into person (id, full_name, name_search, name_words, name_key)
      values ('00000000-0000-0000-0000-000000000002', 'Ly Van Bay', 'ly van bay', '{ly,van,bay}', 'bay ly van')`.execute(
      db,
    );
    await sql`
      insert into duplicate_pair (person_a, person_b, score, evidence)
      values ('00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-000000000002', 5, '[]')`.execute(db);
    await sql`
      insert into person_merge (pair_id, kept_id, merged_id, kept_version, before)
      select id, person_a, person_b, 1, ${JSON.stringify([snapshot])}::jsonb from duplicate_pair`.execute(db);

    await migrate(db);
    expect(await fillRelativeSearch(db)).toBe(1);

    const linked = await db
      .selectFrom('person_relative as l')
      .innerJoin('relative as r', 'r.id', 'l.relative_id')
      .select([
        'l.person_id',
        'l.relationship',
        'r.id',
        'r.full_name',
        'r.name_search',
        'r.phone',
        'r.address',
        'r.province_code',
      ])
      .execute();
    expect(linked).toEqual([
      {
        person_id: legacyRelative.person_id,
        relationship: 'mẹ',
        id: legacyRelative.id,
        full_name: 'Lý Thị Tám',
        name_search: 'ly thi tam',
        phone: '+84912000111',
        address: 'Ninh Kiều',
        province_code: '92',
      },
    ]);
    const [merge] = await db.selectFrom('person_merge').select('before').execute();
    expect(merge!.before).toEqual([
      {
        row: { id: legacyRelative.person_id },
        documents: [],
        matchKeys: [],
        relatives: [
          {
            id: legacyRelative.id,
            person_id: legacyRelative.person_id,
            position: 0,
            relationship: 'mẹ',
            relative_id: legacyRelative.id,
          },
        ],
        relativeRecords: [
          {
            id: legacyRelative.id,
            full_name: 'Lý Thị Tám',
            phone: '+84912000111',
            address: 'Ninh Kiều',
            province_code: '92',
          },
        ],
      },
    ]);
    expect(await fillRelativeSearch(db)).toBe(0);
  });
});
