import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import { copyRows } from '../../../db/copyRows';
import type { DB } from '../../../db/schema';
import { inputFieldNames } from '../../../domain/persons/personHistory';
import type { PersonInput } from '../../../domain/persons/personSchemas';
import type { IdentityCrypto } from '../../secrets/identityCrypto';
import { rememberNameWords } from '../nameVocabulary';
import { documentColumns, matchKeyColumns, newRelativeRows, personColumns } from '../personRecord';

/*
 * The person owner's bulk writes (see personWrites.ts): an import's chunks and data loads go by
 * COPY, an import taken back by one statement each; histories name the fields written.
 */

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
        changes: JSON.stringify(inputFieldNames(r.input).map((field) => ({ field }))),
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

/**
 * Takes an import back: its live persons are deleted the way a user deletes one (soft, with a
 * history entry each, restorable), so nothing edited since is lost. Returns how many.
 */
export async function deleteBatchPersons(trx: Transaction<DB>, userId: number, batchId: string): Promise<number> {
  const deleted = JSON.stringify([{ field: 'deleted', from: false, to: true }]);
  const { rows } = await sql<{ n: number }>`
    with deleted as (
      update person set deleted_at = now(), deleted_by = ${userId}, updated_at = now(), updated_by = ${userId},
        version = version + 1
      where import_batch_id = ${batchId} and deleted_at is null
      returning id, version
    ), logged as (
      insert into person_change (person_id, version, action, changed_by, changes)
      select id, version, 'delete', ${userId}, ${deleted}::jsonb from deleted
    )
    select count(*)::int as n from deleted`.execute(trx);
  return rows[0]?.n ?? 0;
}

/** A commit that failed part-way leaves nothing: the batch's persons and the relatives made for them go. */
export async function removeBatchPersons(trx: Transaction<DB>, batchId: string): Promise<void> {
  // The relatives first (each was created for one of the batch's persons), then the persons.
  await sql`
    delete from relative where id in (
      select l.relative_id from person_relative l join person p on p.id = l.person_id
      where p.import_batch_id = ${batchId})`.execute(trx);
  await trx.deleteFrom('person').where('import_batch_id', '=', batchId).execute();
}
