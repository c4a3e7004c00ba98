import { rm } from 'node:fs/promises';
import { sql, type Kysely, type Transaction } from 'kysely';
import { isDatabaseUnavailable, isUniqueViolation } from '../../db/errors';
import type { DB } from '../../db/schema';
import type { ImportBatch } from '../../domain/imports/batchSchemas';
import type { RowConsent } from '../../domain/imports/importRow';
import type { PersonInput } from '../../domain/persons/personSchemas';
import { recordImportedConsents } from '../consent/importedConsents';
import { retryAfterOutage } from '../background/retryAfterOutage';
import { AppError, conflict } from '../http/errors';
import { deleteBatchPersons, insertPersons, removeBatchPersons } from '../persons/writes/bulkPersonWrites';
import { ANALYZE_AFTER_ROWS, refreshRegistryStatistics } from '../../db/refreshStatistics';
import type { IdentityCrypto } from '../secrets/identityCrypto';
import { auditBatch, loadBatch, toBatchView } from './batchService';
import { batchRows, type BatchRow } from './batchRows';
import { writeInChunks } from './writeInChunks';
import { applyRowActions, batchWriter } from './commitUpdates';
import type { PersonServiceContext } from '../serviceContext';

// Rows per transaction: each chunk is stored with the batch's checkpoint, all or nothing.
const COMMIT_CHUNK_ROWS = 2_000;

/**
 * Commits batches in the background, one chunk of rows per transaction together with the batch's
 * checkpoint; after a crash, `resumeInterrupted` continues each batch from its checkpoint. Once a
 * batch is committed, `onCommitted` hands it on (to the duplicate check, which runs apart so that
 * the commit stays as fast as it was).
 */
export class ImportRunner {
  private readonly running = new Map<string, Promise<void>>();
  private stopping = false;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly crypto: IdentityCrypto,
    private readonly onError: (error: unknown, batchId: string) => void,
    private readonly onCommitted: (batchId: string) => void,
  ) {}

  start(batchId: string): void {
    if (this.running.has(batchId) || this.stopping) return;
    const run = commitRows(this.db, this.crypto, batchId, () => this.stopping)
      .then((committed) => {
        if (committed) this.onCommitted(batchId);
      })
      .catch((error: unknown) => {
        // An outage is a pause, not a failure: the batch stays committing and goes on from its checkpoint.
        if (
          !retryAfterOutage(
            error,
            () => this.start(batchId),
            () => this.stopping,
          )
        )
          this.onError(error, batchId);
      })
      .finally(() => this.running.delete(batchId));
    this.running.set(batchId, run);
  }

  async resumeInterrupted(): Promise<number> {
    const interrupted = await this.db
      .selectFrom('import_batch')
      .select('id')
      .where('status', '=', 'committing')
      .execute();
    for (const { id } of interrupted) this.start(id);
    return interrupted.length;
  }

  /** Resolves when every running commit has finished (or paused at a checkpoint, when stopping). */
  async idle(): Promise<void> {
    await Promise.all(this.running.values());
  }

  /** Lets running commits stop after their current chunk; they resume at the next start. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.idle();
  }
}

/** Marks a checked batch for committing and hands it to the runner; the file's rows are then written. */
export async function startCommit(ctx: PersonServiceContext, id: string, runner: ImportRunner): Promise<ImportBatch> {
  const batch = await loadBatch(ctx, id);
  if (batch.status !== 'checked') throw conflict();
  const updated = await ctx.db
    .transaction()
    .execute(async (trx) => {
      const row = await trx
        .updateTable('import_batch')
        .set({ status: 'committing' })
        .where('id', '=', id)
        .where('status', '=', 'checked')
        .returningAll()
        .executeTakeFirstOrThrow(() => conflict());
      await auditBatch(trx, ctx, 'import.commit', row, { rowsValid: row.rows_valid });
      return row;
    })
    .catch((error: unknown) => {
      // The unique index on committed files: the same bytes were imported already.
      if (isUniqueViolation(error)) throw new AppError(409, 'ALREADY_IMPORTED');
      throw error;
    });
  runner.start(id);
  return toBatchView(ctx.db, updated);
}

type ValidRow = { rowNumber: number; person: PersonInput; consent: RowConsent };

async function* validRows(rows: AsyncIterable<BatchRow>): AsyncGenerator<ValidRow> {
  for await (const { rowNumber, result } of rows) if (result.ok) yield { rowNumber, ...result };
}

/** Another runner (a second process on the same database) wrote the batch's next chunk first. */
class CommitTakenOver extends Error {}

/** Writes a batch's rows from its checkpoint on; true once this runner has marked it committed. */
async function commitRows(
  db: Kysely<DB>,
  crypto: IdentityCrypto,
  batchId: string,
  stopping: () => boolean,
): Promise<boolean> {
  const batch = await db.selectFrom('import_batch').selectAll().where('id', '=', batchId).executeTakeFirstOrThrow();
  if (batch.status !== 'committing' || !batch.stored_path) return false;
  let checkpoint = batch.checkpoint_row;
  const write = async (chunk: ValidRow[]) => {
    const last = chunk.at(-1)!.rowNumber;
    await db.transaction().execute(async (trx) => {
      // The batch row is locked and its checkpoint must be where this runner left it: two runners
      // (a server restarted while the CLI commits) never both write a chunk.
      if (!(await stillOwned(trx, batchId, checkpoint))) throw new CommitTakenOver();
      const writer = () => batchWriter(trx, crypto, batch.created_by);
      const { toCreate, updated, matched } = await applyRowActions(trx, writer, batchId, chunk);
      const persons = toCreate.map((row) => row.person);
      const ids = await insertPersons(trx, crypto, persons, { userId: batch.created_by, importBatchId: batchId });
      await recordImportedConsents(trx, batch, [
        ...toCreate.map((row, i) => ({ personId: ids[i]!, consent: row.consent })),
        ...matched.map(({ personId, row }) => ({ personId, consent: row.consent })),
      ]);
      await trx
        .updateTable('import_batch')
        .set({
          rows_committed: sql`rows_committed + ${persons.length}`,
          rows_updated: sql`rows_updated + ${updated}`,
          checkpoint_row: last,
        })
        .where('id', '=', batchId)
        .execute();
    });
    checkpoint = last;
  };
  try {
    const rows = validRows(batchRows(batch, batch.checkpoint_row));
    if (!(await writeInChunks(rows, COMMIT_CHUNK_ROWS, write, stopping))) return false;
    const marked = await db
      .updateTable('import_batch')
      .set({ status: 'committed', committed_at: new Date(), stored_path: null })
      .where('id', '=', batchId)
      .where('status', '=', 'committing')
      .where('checkpoint_row', '=', checkpoint)
      .returning('rows_committed')
      .executeTakeFirst();
    await rm(batch.stored_path, { force: true });
    if ((marked?.rows_committed ?? 0) >= ANALYZE_AFTER_ROWS) await refreshRegistryStatistics(db);
    return marked !== undefined;
  } catch (error) {
    if (error instanceof CommitTakenOver) return false;
    if (isDatabaseUnavailable(error)) throw error;
    await abandonCommit(db, batchId, error, checkpoint);
    throw error;
  }
}

/** Locks the batch row; true when it is still committing from where this runner left it. */
async function stillOwned(trx: Transaction<DB>, batchId: string, checkpoint: number): Promise<boolean> {
  const current = await trx
    .selectFrom('import_batch')
    .select(['status', 'checkpoint_row'])
    .where('id', '=', batchId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  return current.status === 'committing' && current.checkpoint_row === checkpoint;
}

/**
 * A commit that failed (not a crash: those resume) takes back what it wrote: no half batch stays.
 * Unless another runner has moved the batch on since: then the batch is that runner's.
 */
async function abandonCommit(db: Kysely<DB>, batchId: string, error: unknown, checkpoint: number) {
  await db.transaction().execute(async (trx) => {
    if (!(await stillOwned(trx, batchId, checkpoint))) return;
    await removeBatchPersons(trx, batchId);
    await trx
      .updateTable('import_batch')
      .set({ status: 'failed', rows_committed: 0, failure: error instanceof Error ? error.message : String(error) })
      .where('id', '=', batchId)
      .execute();
  });
}

/** Takes a committed batch back as a whole (its persons soft-deleted, restorable one by one). */
export async function rollbackBatch(ctx: PersonServiceContext, id: string): Promise<ImportBatch> {
  const batch = await loadBatch(ctx, id);
  if (batch.status !== 'committed') throw conflict();
  const userId = ctx.actor.user.id;
  const updated = await ctx.db.transaction().execute(async (trx) => {
    const personsDeleted = await deleteBatchPersons(trx, userId, id);
    const row = await trx
      .updateTable('import_batch')
      .set({ status: 'rolled_back', rolled_back_by: userId, rolled_back_at: new Date() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await auditBatch(trx, ctx, 'import.rollback', row, { personsDeleted });
    return row;
  });
  return toBatchView(ctx.db, updated);
}
