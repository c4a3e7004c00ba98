import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { AppError } from '../http/errors';
import { checkWholeRegistry } from './fullCheck';

/**
 * Runs the whole-registry check in the background, one at a time per server, recording each run
 * (started, finished, records, pairs, error) for administrators to follow.
 */
export class DuplicateCheckRunner {
  private running: Promise<void> | null = null;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Starts a check; refused while one runs. Resolves when the run is recorded as started. */
  async start(userId: number | null): Promise<void> {
    if (this.running) throw new AppError(409, 'CHECK_RUNNING');
    const run = await this.db
      .insertInto('duplicate_check_run')
      .values({ started_by: userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    this.running = this.execute(run.id).finally(() => {
      this.running = null;
    });
  }

  /** Waits for the running check, if any (tests, shutdown). */
  async idle(): Promise<void> {
    await this.running;
  }

  private async execute(runId: number): Promise<void> {
    try {
      const result = await checkWholeRegistry(this.db);
      await this.finish(runId, { records: result.records, comparisons: result.comparisons, pairs: result.pairs });
    } catch (error) {
      this.onError(error);
      await this.finish(runId, { error: error instanceof Error ? error.message : String(error) });
    }
  }

  private async finish(
    runId: number,
    values: { records?: number; comparisons?: number; pairs?: number; error?: string },
  ) {
    await this.db
      .updateTable('duplicate_check_run')
      .set({ ...values, finished_at: new Date() })
      .where('id', '=', runId)
      .execute();
  }

  /** The last run, and whether this server is running one now. */
  async status() {
    const last = await this.db
      .selectFrom('duplicate_check_run')
      .selectAll()
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    return {
      running: this.running !== null,
      startedAt: last?.started_at.toISOString() ?? null,
      finishedAt: last?.finished_at?.toISOString() ?? null,
      records: last?.records ?? null,
      pairs: last?.pairs ?? null,
      error: last?.error ?? (last && !last.finished_at && !this.running ? 'interrupted' : null),
    };
  }
}
