import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { PersonInput } from '../../domain/persons/schemas';
import type { IdentityCrypto } from '../secrets/identityCrypto';
import { rememberNameWords } from './nameVocabulary';
import { documentColumns, personColumns, relativeColumns } from './personRecord';

/**
 * Stores already-validated persons in one transaction, with their documents, relatives, name words
 * and a 'create' history entry each: for data loads (demo data, benchmarks), not user edits.
 */
export async function bulkInsertPersons(
  db: Kysely<DB>,
  crypto: IdentityCrypto,
  inputs: readonly PersonInput[],
  userId: number | null,
): Promise<string[]> {
  const records = inputs.map((input) => ({ id: randomUUID(), input, columns: personColumns(input) }));
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('person')
      .values(records.map((r) => ({ id: r.id, ...r.columns, created_by: userId, updated_by: userId })))
      .execute();
    const documents = records.flatMap((r) => documentColumns(r.input, crypto, r.id));
    const relatives = records.flatMap((r) => relativeColumns(r.input, r.id));
    if (documents.length) await trx.insertInto('person_identity_document').values(documents).execute();
    if (relatives.length) await trx.insertInto('person_relative').values(relatives).execute();
    await rememberNameWords(trx, [...new Set(records.flatMap((r) => r.columns.name_words))]);
    await trx
      .insertInto('person_change')
      .values(records.map((r) => ({ person_id: r.id, version: 1, action: 'create' as const, changed_by: userId, changes: '[]' })))
      .execute();
  });
  return records.map((r) => r.id);
}
