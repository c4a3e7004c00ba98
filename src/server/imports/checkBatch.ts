import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { ImportBatch } from '../../domain/imports/batchSchemas';
import { duplicateColumns, type ColumnMapping } from '../../domain/imports/detectHeader';
import type { RowProblem } from '../../domain/imports/importRow';
import { sortedNameKey } from '../../domain/persons/personName';
import type { PersonInput } from '../../domain/persons/schemas';
import { VALIDATION_MESSAGES } from '../../domain/validation/localizeIssue';
import { AppError, conflict } from '../http/errors';
import { auditBatch, loadBatch, toBatchView, type ImportContext } from './batchService';
import { batchRows } from './batchRows';

const CHUNK_ROWS = 1_000;

/** The mapping must name the full name and give each import column one file column. */
export function checkMapping(columns: readonly ColumnMapping[], language: ImportContext['language']): void {
  const duplicates = duplicateColumns(columns);
  if (duplicates.length) {
    throw new AppError(
      400,
      'DUPLICATE_COLUMNS',
      duplicates.map((group) => ({
        path: `columns.${group[0]?.column}`,
        code: 'duplicateColumns',
        message: group.map((c) => `${c.letter} "${c.header}"`).join(language === 'en' ? ' and ' : ' và '),
      })),
    );
  }
  if (!columns.some((c) => c.column === 'fullName')) {
    throw new AppError(400, 'VALIDATION_FAILED', [
      { path: 'columns.fullName', code: 'required', message: VALIDATION_MESSAGES.required[language] },
    ]);
  }
}

/** Rows the registry may already hold: a person with the same name words and birth year. */
async function possibleDuplicates(db: Kysely<DB>, rows: { rowNumber: number; person: PersonInput }[]) {
  const keyOf = (name: string, year: number | null | undefined) => `${name}|${year ?? ''}`;
  const keys = rows.map((r) => sortedNameKey(r.person.fullName));
  const found = await db
    .selectFrom('person')
    .select(['name_key', 'birth_year'])
    .where('name_key', '=', sql<string>`any(${keys}::text[])`)
    .where('deleted_at', 'is', null)
    .execute();
  const existing = new Set(found.map((f) => keyOf(f.name_key, f.birth_year)));
  return rows.filter((r, i) => existing.has(keyOf(keys[i] ?? '', r.person.birthDate?.year)));
}

/**
 * The dry run: reads every row, stores a report of what is wrong with each (row, column, problem,
 * value) and the counts of valid, invalid and possibly duplicate rows. Nothing is imported.
 */
export async function checkBatch(ctx: ImportContext, id: string): Promise<ImportBatch> {
  const batch = await loadBatch(ctx, id);
  if (!['uploaded', 'checked'].includes(batch.status) || !batch.stored_path) throw conflict();
  const columns = batch.columns as ColumnMapping[];
  checkMapping(columns, ctx.language);
  await ctx.db.deleteFrom('import_problem').where('batch_id', '=', id).execute();

  const counts = { total: 0, valid: 0, invalid: 0, duplicate: 0 };
  const seenInFile = new Map<string, number>();
  let problems: (RowProblem & { rowNumber: number })[] = [];
  let valid: { rowNumber: number; person: PersonInput }[] = [];
  const flush = async () => {
    for (const dup of await possibleDuplicates(ctx.db, valid)) {
      problems.push({
        rowNumber: dup.rowNumber,
        column: 'fullName',
        code: 'possibleDuplicate',
        value: dup.person.fullName,
      });
    }
    if (problems.length) {
      await ctx.db
        .insertInto('import_problem')
        .values(
          problems.map((p) => ({
            batch_id: id,
            row_number: p.rowNumber,
            column_name: p.column,
            code: p.code,
            value: p.value,
          })),
        )
        .execute();
    }
    const duplicateRows = problems.filter((p) => p.code === 'possibleDuplicate' || p.code === 'duplicateInFile');
    counts.duplicate += new Set(duplicateRows.map((p) => p.rowNumber)).size;
    problems = [];
    valid = [];
  };
  for await (const { rowNumber, result } of batchRows(batch)) {
    counts.total++;
    if (result.ok) {
      counts.valid++;
      valid.push({ rowNumber, person: result.person });
      const key = `${sortedNameKey(result.person.fullName)}|${result.person.birthDate?.year ?? ''}`;
      const first = seenInFile.get(key);
      if (first === undefined) seenInFile.set(key, rowNumber);
      else problems.push({ rowNumber, column: 'fullName', code: 'duplicateInFile', value: String(first) });
    } else {
      counts.invalid++;
      problems.push(...result.problems.map((p) => ({ ...p, rowNumber })));
    }
    if (valid.length + problems.length >= CHUNK_ROWS) await flush();
  }
  await flush();
  if (counts.total === 0) throw new AppError(400, 'NO_DATA_ROWS');
  const updated = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('import_batch')
      .set({
        status: 'checked',
        rows_total: counts.total,
        rows_valid: counts.valid,
        rows_invalid: counts.invalid,
        rows_duplicate: counts.duplicate,
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await auditBatch(trx, ctx, 'import.check', row, counts);
    return row;
  });
  return toBatchView(ctx.db, updated);
}
