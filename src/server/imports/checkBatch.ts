import { sql, type Kysely, type Selectable } from 'kysely';
import { copyRows } from '../../db/copyRows';
import type { DB, ImportBatchTable } from '../../db/schema';
import type { ImportBatch } from '../../domain/imports/batchSchemas';
import type { RowProblem } from '../../domain/imports/importRow';
import { sortedNameKey } from '../../domain/persons/personName';
import type { PersonInput } from '../../domain/persons/personSchemas';
import { fieldError } from '../http/validationError';
import { AppError, conflict } from '../http/errors';
import { auditBatch, loadBatch, toBatchView } from './batchService';
import { batchRows } from './batchRows';
import { writeInChunks } from './writeInChunks';
import { refuseDuplicateColumns } from './refuseDuplicateColumns';
import { rowsMatchingRegistry } from '../duplicates/checkImported';
import { matchRowsToRegistry } from './registryMatch';
import { actionCounts } from './rowActions';
import type { PersonServiceContext } from '../serviceContext';

const CHUNK_ROWS = 2_000;

type BatchRecord = Selectable<ImportBatchTable>;

type ValidRow = { rowNumber: number; person: PersonInput };
type FoundProblem = RowProblem & { rowNumber: number };

const duplicateKey = (person: PersonInput) => `${sortedNameKey(person.fullName)}|${person.birthDate?.year ?? ''}`;

/** Rows the registry may already hold (see rowsMatchingRegistry). */
async function possibleDuplicates(ctx: PersonServiceContext, rows: readonly ValidRow[]): Promise<FoundProblem[]> {
  const matching = await rowsMatchingRegistry(ctx.db, ctx.crypto, rows);
  return rows
    .filter((r) => matching.has(r.rowNumber))
    .map((r) => ({ rowNumber: r.rowNumber, column: 'fullName', code: 'possibleDuplicate', value: r.person.fullName }));
}

// A problem shows the value as the user typed it, enough of it to find it in the file.
const SHOWN_VALUE_CHARS = 500;
const shownValue = (value: string) =>
  value.length > SHOWN_VALUE_CHARS ? `${value.slice(0, SHOWN_VALUE_CHARS)}…` : value;

/** Stores one chunk's findings, and its valid rows' keys for the in-file duplicate search. */
async function storeChunk(
  ctx: PersonServiceContext,
  batchId: string,
  valid: readonly ValidRow[],
  problems: FoundProblem[],
) {
  const db = ctx.db;
  // A row that surely is a registry person is proposed as its update; the others may be duplicates.
  const matches = await matchRowsToRegistry(ctx, valid);
  const matched = new Set(matches.map((m) => m.rowNumber));
  problems.push(
    ...(await possibleDuplicates(
      ctx,
      valid.filter((r) => !matched.has(r.rowNumber)),
    )),
  );
  const matchRows = matches.map((m) => ({
    batch_id: batchId,
    row_number: m.rowNumber,
    person_id: m.personId,
    evidence: m.evidence,
    proposed: m.proposed,
    action: m.proposed,
  }));
  await copyRows(
    db,
    'import_row_match',
    ['batch_id', 'row_number', 'person_id', 'evidence', 'proposed', 'action'],
    matchRows,
  );
  const rowKeys = valid.map((r) => ({ batch_id: batchId, row_number: r.rowNumber, key: duplicateKey(r.person) }));
  await copyRows(db, 'import_row_key', ['batch_id', 'row_number', 'key'], rowKeys);
  const problemRows = problems.map((p) => ({
    batch_id: batchId,
    row_number: p.rowNumber,
    column_name: p.column,
    code: p.code,
    value: shownValue(p.value),
  }));
  await copyRows(db, 'import_problem', ['batch_id', 'row_number', 'column_name', 'code', 'value'], problemRows);
}

/**
 * A column with a header that feeds nothing is reported on the header row, so that what the file
 * holds is never dropped without a word.
 */
async function reportIgnoredColumns(db: Kysely<DB>, batch: BatchRecord) {
  const ignored = batch.columns.filter((c) => !c.column && c.header.trim());
  const rows = ignored.map((c) => ({
    batch_id: batch.id,
    row_number: batch.header_row,
    column_name: c.letter,
    code: 'columnIgnored',
    value: shownValue(c.header),
  }));
  await copyRows(db, 'import_problem', ['batch_id', 'row_number', 'column_name', 'code', 'value'], rows);
}

/** Reads every row of the file, storing problems chunk by chunk: memory does not grow with the file. */
async function scanRows(ctx: PersonServiceContext, batch: BatchRecord) {
  const counts = { total: 0, valid: 0, invalid: 0 };
  await writeInChunks(batchRows(batch, 0), CHUNK_ROWS, async (chunk) => {
    const valid: ValidRow[] = [];
    const problems: FoundProblem[] = [];
    for (const { rowNumber, result } of chunk) {
      if (result.ok) valid.push({ rowNumber, person: result.person });
      // A kept row's notes (a phone left out) are reported beside the refused rows' problems.
      const found = result.ok ? result.notes : result.problems;
      problems.push(...found.map((p) => ({ ...p, rowNumber })));
    }
    counts.total += chunk.length;
    counts.valid += valid.length;
    counts.invalid += chunk.length - valid.length;
    await storeChunk(ctx, batch.id, valid, problems);
  });
  return counts;
}

/** A row repeating an earlier row's name and birth year names that row; returns the rows with any duplicate. */
async function markDuplicatesInFile(db: Kysely<DB>, batchId: string): Promise<number> {
  await sql`
    insert into import_problem (batch_id, row_number, column_name, code, value)
    select batch_id, row_number, 'fullName', 'duplicateInFile', first_row::text
    from (
      select batch_id, row_number, min(row_number) over (partition by key) as first_row
      from import_row_key where batch_id = ${batchId}
    ) keyed
    where row_number <> first_row`.execute(db);
  await db.deleteFrom('import_row_key').where('batch_id', '=', batchId).execute();
  const { n } = await db
    .selectFrom('import_problem')
    .select(sql<number>`count(distinct row_number)::int`.as('n'))
    .where('batch_id', '=', batchId)
    .where('code', 'in', ['possibleDuplicate', 'duplicateInFile'])
    .executeTakeFirstOrThrow();
  return n;
}

/** Takes a batch back to "uploaded": no problems, no row keys, no counts. */
async function clearReport(db: Kysely<DB>, id: string) {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('import_problem').where('batch_id', '=', id).execute();
    await trx.deleteFrom('import_row_key').where('batch_id', '=', id).execute();
    await trx.deleteFrom('import_row_match').where('batch_id', '=', id).execute();
    await trx
      .updateTable('import_batch')
      .set({
        status: 'uploaded',
        ...{ rows_total: null, rows_valid: null, rows_invalid: null, rows_duplicate: null },
        ...{ rows_update: null, rows_skip: null },
      })
      .where('id', '=', id)
      .execute();
  });
}

/**
 * The dry run: reads every row, stores a report of what is wrong with each (row, column, problem,
 * value) and the counts of valid, invalid and possibly duplicate rows. Nothing is imported.
 */
export async function checkBatch(ctx: PersonServiceContext, id: string): Promise<ImportBatch> {
  const batch = await loadBatch(ctx, id);
  if (!['uploaded', 'checked'].includes(batch.status) || !batch.stored_path) throw conflict();
  refuseDuplicateColumns(batch.columns);
  if (!batch.columns.some((c) => c.column === 'fullName')) throw fieldError('columns.fullName', 'required');
  await clearReport(ctx.db, id);
  // A file refused part-way (a row past a limit) leaves no half report: the batch is as uploaded.
  const counts = await reportIgnoredColumns(ctx.db, batch)
    .then(() => scanRows(ctx, batch))
    .catch(async (error: unknown) => {
      await clearReport(ctx.db, id);
      throw error;
    });
  if (counts.total === 0) {
    await clearReport(ctx.db, id);
    throw new AppError(400, 'NO_DATA_ROWS');
  }
  const duplicate = await markDuplicatesInFile(ctx.db, id);
  const updated = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('import_batch')
      .set({
        ...(await actionCounts(trx, id)),
        status: 'checked',
        rows_total: counts.total,
        rows_valid: counts.valid,
        rows_invalid: counts.invalid,
        rows_duplicate: duplicate,
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await auditBatch(trx, ctx, 'import.check', row, { ...counts, duplicate });
    return row;
  });
  return toBatchView(ctx.db, updated);
}
