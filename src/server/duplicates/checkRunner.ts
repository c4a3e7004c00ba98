import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { retryAfterOutage } from '../background/retryAfterOutage';
import { AppError } from '../http/errors';
import { batchAwaitingCheck, checkBatchPersons, isCheckedAsWholeRegistry, markBatchChecked } from './checkImported';
import { checkWholeRegistry, type FullCheckResult } from './fullCheck';

/**
 * Runs duplicate checks in the background, one at a time per server, in the order asked: the
 * whole-registry check an administrator starts, and the check of each committed import (its persons
 * looked up, or the whole registry for a large batch). Each whole-registry run is recorded (started,
 * finished, records, pairs, error) for administrators to follow; an import's check is recorded on
 * its batch, and one not finished (a crash, a restart) is run again by `resumeImportChecks`.
 */
export class DuplicateCheckRunner {
  private queue: Promise<void> = Promise.resolve();
  private readonly queuedImports = new Set<string>();
  private wholeCheckAsked = false;
  private wholeCheckRunning = false;
  private stopping = false;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Starts a whole-registry check; refused while one runs or waits. Resolves when it is recorded as started. */
  async start(userId: number | null): Promise<void> {
    if (this.wholeCheckAsked) throw new AppError(409, 'CHECK_RUNNING');
    this.wholeCheckAsked = true;
    try {
      const runId = await this.recordStart({ started_by: userId });
      this.enqueue(() =>
        this.runWholeCheck(runId)
          .catch((error: unknown) => this.onError(error))
          .finally(() => (this.wholeCheckAsked = false)),
      );
    } catch (error) {
      this.wholeCheckAsked = false;
      throw error;
    }
  }

  /** Checks a committed import's persons, after the checks already asked for. */
  checkImport(batchId: string): void {
    if (this.queuedImports.has(batchId) || this.stopping) return;
    this.queuedImports.add(batchId);
    this.enqueue(() =>
      this.runImportCheck(batchId)
        .catch((error: unknown) => {
          if (
            !retryAfterOutage(
              error,
              () => this.checkImport(batchId),
              () => this.stopping,
            )
          )
            this.onError(error);
        })
        .finally(() => this.queuedImports.delete(batchId)),
    );
  }

  /** Committed imports whose check never finished: asked for again. Returns how many. */
  async resumeImportChecks(): Promise<number> {
    const pending = await this.db
      .selectFrom('import_batch')
      .select('id')
      .where('status', '=', 'committed')
      .where('duplicates_checked_at', 'is', null)
      .orderBy('committed_at')
      .execute();
    for (const { id } of pending) this.checkImport(id);
    return pending.length;
  }

  /** Resolves when every check asked for so far has finished (tests, the CLI). */
  async idle(): Promise<void> {
    let current: Promise<void>;
    do {
      current = this.queue;
      await current;
    } while (current !== this.queue);
  }

  /** Lets the running check finish and drops the waiting ones: imports' checks resume at the next start. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.idle();
  }

  private enqueue(job: () => Promise<void>): void {
    this.queue = this.queue.then(() => (this.stopping ? undefined : job()));
  }

  private async runImportCheck(batchId: string): Promise<void> {
    const batch = await batchAwaitingCheck(this.db, batchId);
    if (!batch) return;
    if (isCheckedAsWholeRegistry(batch.rows_committed)) {
      await this.runWholeCheck(await this.recordStart({ import_batch_id: batchId }));
    } else {
      await checkBatchPersons(this.db, batchId);
    }
    await markBatchChecked(this.db, batchId);
  }

  private async runWholeCheck(runId: number): Promise<void> {
    this.wholeCheckRunning = true;
    try {
      await this.finish(runId, await checkWholeRegistry(this.db));
    } catch (error) {
      await this.finish(runId, { error: error instanceof Error ? error.message : String(error) });
      throw error;
    } finally {
      this.wholeCheckRunning = false;
    }
  }

  private async recordStart(values: { started_by?: number | null; import_batch_id?: string }): Promise<number> {
    const run = await this.db
      .insertInto('duplicate_check_run')
      .values(values)
      .returning('id')
      .executeTakeFirstOrThrow();
    return run.id;
  }

  private async finish(runId: number, values: Partial<FullCheckResult> & { error?: string }) {
    await this.db
      .updateTable('duplicate_check_run')
      .set({ ...values, finished_at: new Date() })
      .where('id', '=', runId)
      .execute();
  }

  /** The last whole-registry run, and whether this server is running or about to run one. */
  async status() {
    const last = await this.db
      .selectFrom('duplicate_check_run')
      .selectAll()
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    const running = this.wholeCheckAsked || this.wholeCheckRunning;
    return {
      running,
      startedAt: last?.started_at.toISOString() ?? null,
      finishedAt: last?.finished_at?.toISOString() ?? null,
      records: last?.records ?? null,
      pairs: last?.pairs ?? null,
      error: last?.error ?? (last && !last.finished_at && !running ? 'interrupted' : null),
    };
  }
}
