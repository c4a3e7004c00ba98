import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { setTimeout } from 'node:timers/promises';
import type { ImportBatch } from '../../domain/imports/batchSchemas';
import { createBatch, loadBatch, toBatchView } from './batchService';
import { checkBatch } from './checkBatch';
import { startCommit, type ImportRunner } from './commitBatch';
import { storeUpload } from './uploadStore';
import type { PersonServiceContext } from '../serviceContext';

export interface ImportFileOptions {
  uploadDir: string;
  maxUploadBytes: number;
  source: { province?: string; association?: string };
  /** Stop after the dry run. */
  dryRun?: boolean;
  /** Called when the file is stored and its header read, and when the dry run is done. */
  onStep?: (step: 'uploaded' | 'checked', batch: ImportBatch) => void | Promise<void>;
  /** Called about twice a second while the commit runs. */
  onProgress?: (batch: ImportBatch) => void;
}

/**
 * A file on disk through the same steps as an upload in the UI: stored and hashed, dry-run, then
 * committed (unless a dry run was asked for or no row is valid). For the CLI and the benchmark.
 */
export async function importFile(
  ctx: PersonServiceContext,
  runner: ImportRunner,
  path: string,
  options: ImportFileOptions,
): Promise<ImportBatch> {
  const upload = await storeUpload(createReadStream(path), options.uploadDir, options.maxUploadBytes);
  const created = await createBatch(ctx, { ...upload, fileName: basename(path) }, options.source);
  await options.onStep?.('uploaded', created);
  const checked = await checkBatch(ctx, created.id);
  await options.onStep?.('checked', checked);
  if (options.dryRun || !checked.rowsValid) return checked;
  await startCommit(ctx, checked.id, runner);
  const current = async () => toBatchView(ctx.db, await loadBatch(ctx, checked.id));
  let finished = false;
  const done = runner.idle().then(() => (finished = true));
  while (!finished) {
    await Promise.race([done, setTimeout(500)]);
    if (!finished) options.onProgress?.(await current());
  }
  return current();
}
