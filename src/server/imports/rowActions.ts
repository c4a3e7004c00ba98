import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { ImportBatch, RowActionsUpdate } from '../../domain/imports/batchSchemas';
import { mergeRowInto, scalarFields } from '../../domain/imports/rowMerge';
import { personInputOf } from '../../domain/persons/personInputOf';
import type { PersonInput } from '../../domain/persons/personSchemas';
import { conflict } from '../http/errors';
import { fieldError } from '../http/validationError';
import { loadManyPersonParts } from '../persons/loadPersonParts';
import { toPerson } from '../persons/personRecord';
import type { PersonServiceContext } from '../serviceContext';
import { auditBatch, loadBatch, toBatchView } from './batchService';
import { batchRows } from './batchRows';

/** How many matched rows are to update and to skip: the batch's counts. */
export async function actionCounts(db: Kysely<DB>, batchId: string) {
  const { rows } = await sql<{ update: number; skip: number }>`
    select count(*) filter (where action = 'update')::int as update, count(*) filter (where action = 'skip')::int as skip
    from import_row_match where batch_id = ${batchId}`.execute(db);
  return { rows_update: rows[0]?.update ?? 0, rows_skip: rows[0]?.skip ?? 0 };
}

/** The rows of `numbers`, read from the batch's file again (the file is the only copy of a row). */
async function rowsNumbered(batch: Awaited<ReturnType<typeof loadBatch>>, numbers: ReadonlySet<number>) {
  const rows = new Map<number, PersonInput>();
  const last = Math.max(...numbers);
  for await (const { rowNumber, result } of batchRows(batch)) {
    if (rowNumber > last) break;
    if (numbers.has(rowNumber) && result.ok) rows.set(rowNumber, result.person);
  }
  return rows;
}

/**
 * A page of the rows the dry run matched to registry persons: the person, the evidence, the
 * proposal and the officer's choice, and what the update would change (fills, additions, conflicts).
 * Audited: it shows persons' data.
 */
export async function rowMatches(ctx: PersonServiceContext, id: string, page: { offset: number; limit: number }) {
  const batch = await loadBatch(ctx, id);
  if (!batch.stored_path) throw conflict();
  await auditBatch(ctx.db, ctx, 'import.matches', batch, page);
  const base = ctx.db.selectFrom('import_row_match').where('batch_id', '=', id);
  const [matches, count] = await Promise.all([
    base.selectAll().orderBy('row_number').offset(page.offset).limit(page.limit).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const rows = matches.length
    ? await rowsNumbered(batch, new Set(matches.map((m) => m.row_number)))
    : new Map<number, PersonInput>();
  const persons = new Map(
    (
      await loadManyPersonParts(
        ctx.db,
        matches.map((m) => m.person_id),
      )
    ).map((p) => [p.row.id, p]),
  );
  const items = matches.flatMap((m) => {
    const stored = persons.get(m.person_id);
    const row = rows.get(m.row_number);
    if (!stored || !row) return [];
    const { changes } = mergeRowInto(personInputOf(toPerson(stored, ctx.crypto, true)), row, m.overwrite);
    return [
      {
        rowNumber: m.row_number,
        person: { id: m.person_id, fullName: stored.row.full_name, version: stored.row.version },
        evidence: m.evidence,
        proposed: m.proposed,
        action: m.action,
        overwrite: scalarFields(m.overwrite),
        changes,
      },
    ];
  });
  return { items, total: count.n };
}

/**
 * The officer's choices before the commit: per row (create, update or skip, and the fields to
 * overwrite), or one action for every matched row.
 */
export async function setRowActions(
  ctx: PersonServiceContext,
  id: string,
  update: RowActionsUpdate,
): Promise<ImportBatch> {
  const batch = await loadBatch(ctx, id);
  if (batch.status !== 'checked') throw conflict();
  const updated = await ctx.db.transaction().execute(async (trx) => {
    if (update.all) {
      await trx.updateTable('import_row_match').set({ action: update.all }).where('batch_id', '=', id).execute();
    }
    for (const [i, row] of (update.rows ?? []).entries()) {
      const set = { action: row.action, ...(row.overwrite ? { overwrite: row.overwrite } : {}) };
      const changed = await trx
        .updateTable('import_row_match')
        .set(set)
        .where('batch_id', '=', id)
        .where('row_number', '=', row.rowNumber)
        .executeTakeFirst();
      if (!changed.numUpdatedRows) throw fieldError(`rows.${i}.rowNumber`, 'rowNotMatched');
    }
    const row = await trx
      .updateTable('import_batch')
      .set(await actionCounts(trx, id))
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await auditBatch(trx, ctx, 'import.actions', row, { all: update.all ?? null, rows: update.rows?.length ?? 0 });
    return row;
  });
  return toBatchView(ctx.db, updated);
}
