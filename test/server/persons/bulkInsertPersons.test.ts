import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/connection';
import { openScratchDatabase } from '../../../src/db/scratchDatabase';
import { personInputSchema } from '../../../src/domain/persons/personSchemas';
import { bulkInsertPersons } from '../../../src/server/persons/writes/bulkPersonWrites';
import { createIdentityCrypto } from '../../../src/server/secrets/identityCrypto';

// Bulk writes go through COPY's text format: every character that format treats specially must
// come back exactly as written, on both drivers.
describe('bulk insert of persons (COPY)', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openScratchDatabase(process.env.DATABASE_URL, 'cn_copy');
  });
  afterAll(() => database.close());

  it('keeps tabs, line breaks, backslashes, quotes, braces and commas in text, arrays and JSON', async () => {
    const tricky = 'a\tb\nc\r\\d "e" {f,g} \\N';
    const input = personInputSchema.parse({
      fullName: 'Nguyễn Văn "Tí" \\ Test',
      aliases: [{ name: 'Tí {út}, "nhỏ"', kind: 'other' }],
      residenceCountry: 'US',
      expertise: ['C:\\path', 'a,b', '{x}', 'NULL'],
      notes: tricky,
      phones: ['+1 408 555 0100'],
      relatives: [{ fullName: 'Trần Thị Em', relationship: 'sibling', address: 'Số 1\tđường 2' }],
      identityDocuments: [{ type: 'passport', number: 'C1234567', issuingCountry: 'VN' }],
    });
    expect(input.notes).toContain('\t');
    const [id] = await bulkInsertPersons(database.db, createIdentityCrypto(randomBytes(32)), [input], null);
    const person = await database.db
      .selectFrom('person')
      .select(['full_name', 'aliases', 'expertise', 'notes', 'phones', 'birth_year', 'import_batch_id'])
      .where('id', '=', id!)
      .executeTakeFirstOrThrow();
    expect(person).toMatchObject({
      full_name: 'Nguyễn Văn "Tí" \\ Test',
      aliases: [{ name: 'Tí {út}, "nhỏ"', kind: 'other' }],
      expertise: ['C:\\path', 'a,b', '{x}', 'NULL'],
      notes: input.notes,
      phones: ['+14085550100'],
      birth_year: null,
      import_batch_id: null,
    });
    const relative = await database.db
      .selectFrom('person_relative as l')
      .innerJoin('relative as r', 'r.id', 'l.relative_id')
      .select(['r.address', 'r.name_search', 'l.relationship'])
      .where('l.person_id', '=', id!)
      .execute();
    expect(relative).toEqual([{ address: 'Số 1\tđường 2', name_search: 'tran thi em', relationship: 'sibling' }]);
    const documents = await database.db.selectFrom('person_identity_document').selectAll().execute();
    expect(documents.map((d) => d.number_last4)).toEqual(['4567']);
  });
});
