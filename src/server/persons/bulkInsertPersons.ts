import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import type { PersonInput } from '../../domain/persons/schemas';
import type { IdentityCrypto } from '../secrets/identityCrypto';
import { copyRows } from '../../db/copyRows';
import { rememberNameWords } from './nameVocabulary';
import { documentColumns, matchKeyColumns, newRelativeRows, personColumns } from './personRecord';

/**
 * Stores already-validated persons in one transaction, with their documents, relatives (new ones), name words
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

export interface PersonOrigin {
  userId: number | null;
  importBatchId: string | null;
}

/** The rows, table by table, that store validated persons, and the name words they bring. */
export function personRows(crypto: IdentityCrypto, inputs: readonly PersonInput[], origin: PersonOrigin) {
  const records = inputs.map((input) => ({ id: randomUUID(), input, columns: personColumns(input) }));
  const relatives = records.map((r) => newRelativeRows(r.input, r.id, origin.userId));
  return {
    tables: {
      person: records.map((r) => ({
        id: r.id,
        ...r.columns,
        created_by: origin.userId,
        updated_by: origin.userId,
        import_batch_id: origin.importBatchId,
      })),
      person_identity_document: records.flatMap((r) => documentColumns(r.input, crypto, r.id)),
      relative: relatives.flatMap((r) => r.records),
      person_relative: relatives.flatMap((r) => r.links),
      person_match_key: records.flatMap((r) => matchKeyColumns(r.input, r.id)),
      person_change: records.map((r) => ({
        person_id: r.id,
        version: 1,
        action: 'create',
        changed_by: origin.userId,
        changes: '[]',
      })),
    },
    ids: records.map((r) => r.id),
    nameWords: [...new Set(records.flatMap((r) => r.columns.name_words))],
  };
}

/** The statements of bulkInsertPersons, inside a transaction the caller holds (an import's chunk). */
export async function insertPersons(
  trx: Transaction<DB>,
  crypto: IdentityCrypto,
  inputs: readonly PersonInput[],
  origin: PersonOrigin,
): Promise<string[]> {
  const { tables, ids, nameWords } = personRows(crypto, inputs, origin);
  // In this order: each table refers only to rows of the tables before it (persons, relatives).
  for (const [table, rows] of Object.entries(tables)) {
    await copyRows(trx, table as keyof typeof tables, Object.keys(rows[0] ?? {}), rows);
  }
  await rememberNameWords(trx, nameWords);
  return ids;
}
