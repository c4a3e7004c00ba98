import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import type { PersonInput } from '../../domain/persons/schemas';
import type { IdentityCrypto } from '../secrets/identityCrypto';
import { copyRows } from '../../db/copyRows';
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
  return db.transaction().execute((trx) => insertPersons(trx, crypto, inputs, { userId, importBatchId: null }));
}

/** The statements of bulkInsertPersons, inside a transaction the caller holds (an import's chunk). */
export async function insertPersons(
  trx: Transaction<DB>,
  crypto: IdentityCrypto,
  inputs: readonly PersonInput[],
  origin: { userId: number | null; importBatchId: string | null },
): Promise<string[]> {
  const { userId, importBatchId } = origin;
  const records = inputs.map((input) => ({ id: randomUUID(), input, columns: personColumns(input) }));
  const persons = records.map((r) => ({
    id: r.id,
    ...r.columns,
    created_by: userId,
    updated_by: userId,
    import_batch_id: importBatchId,
  }));
  const documents = records.flatMap((r) => documentColumns(r.input, crypto, r.id));
  const relatives = records.flatMap((r) => relativeColumns(r.input, r.id));
  const changes = records.map((r) => ({
    person_id: r.id,
    version: 1,
    action: 'create' as const,
    changed_by: userId,
    changes: '[]',
  }));
  await copyAll(trx, 'person', persons);
  await copyAll(trx, 'person_identity_document', documents);
  await copyAll(trx, 'person_relative', relatives);
  await copyAll(trx, 'person_change', changes);
  await rememberNameWords(trx, [...new Set(records.flatMap((r) => r.columns.name_words))]);
  return records.map((r) => r.id);
}

function copyAll(trx: Transaction<DB>, table: keyof DB, rows: readonly Record<string, unknown>[]) {
  return copyRows(trx, table, Object.keys(rows[0] ?? {}), rows);
}
