import { rm } from 'node:fs/promises';
import type { ImportBatch } from '../../domain/imports/batchSchemas';
import { conflict } from '../http/errors';
import type { PersonServiceContext } from '../serviceContext';
import { auditBatch, loadBatch, toBatchView } from './batchService';

// Batches nothing was imported from: a failed commit rolled its rows back (rows_committed 0).
const DISCARDABLE = ['uploaded', 'checked', 'failed', 'expired'] as const;

/**
 * Discards a batch that will not be committed: its stored file (personal data nobody will use),
 * its findings and its row keys are deleted; the batch stays, marked discarded.
 */
export async function discardBatch(ctx: PersonServiceContext, id: string): Promise<ImportBatch> {
  const batch = await loadBatch(ctx, id);
  const discardable = DISCARDABLE.some((status) => status === batch.status) && batch.rows_committed === 0;
  if (!discardable) throw conflict();
  const updated = await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('import_problem').where('batch_id', '=', id).execute();
    await trx.deleteFrom('import_row_key').where('batch_id', '=', id).execute();
    const row = await trx
      .updateTable('import_batch')
      .set({ status: 'discarded', stored_path: null })
      .where('id', '=', id)
      .where('status', '=', batch.status)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw conflict();
    await auditBatch(trx, ctx, 'import.discard', row, { fileName: batch.file_name });
    return row;
  });
  if (batch.stored_path) await rm(batch.stored_path, { force: true });
  return toBatchView(ctx.db, updated);
}
