import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { ImportBatch } from '../domain/imports/batchSchemas';
import { IMPORT_COLUMN_DEFINITIONS } from '../domain/imports/importColumns';
import { DuplicateCheckRunner } from '../server/duplicates/checkRunner';
import { ImportRunner } from '../server/imports/commitBatch';
import { importFile } from '../server/imports/importFile';
import { importProblems, writeProblemReport } from '../server/imports/problemReport';
import { loadBatch } from '../server/imports/batchService';
import { UsageError } from './args';
import { openCliContext } from './cliContext';
import { progressBar } from './progressBar';
import type { PersonServiceContext } from '../server/serviceContext';
import type { Language } from '../domain/text/texts';

const n = (value: number | null) => (value ?? 0).toLocaleString('en');

/**
 * npm run cli -- import FILE --source <province> [--association NAME] [--dry-run] [--report FILE.xlsx] [--as USER]
 * The same steps as the import screen: header and columns, dry run, then commit with a progress bar.
 */
export async function importCommand(positional: string[], options: Record<string, string>): Promise<number> {
  const file = positional[0];
  if (!file) throw new UsageError('import: name the file to import');
  const { ctx, config, language, close } = await openCliContext(options);
  const checks = new DuplicateCheckRunner(ctx.db, (error) => console.error(error));
  const runner = new ImportRunner(
    ctx.db,
    ctx.crypto,
    (error) => console.error(error),
    (batchId) => checks.checkImport(batchId),
  );
  const bar = progressBar('Ghi dữ liệu / Committing');
  try {
    const batch = await importFile(ctx, runner, file, {
      uploadDir: config.uploadDir,
      maxUploadBytes: config.maxUploadBytes,
      source: { province: options.source, association: options.association },
      dryRun: options['dry-run'] === 'true',
      onStep: (step, b) =>
        step === 'uploaded' ? describeColumns(b) : describeCheck(ctx, b, !options.report, language),
      onProgress: (b) => bar.update(b.rowsCommitted, b.rowsValid ?? 0),
    });
    if (batch.status === 'committed') bar.update(batch.rowsCommitted, batch.rowsValid ?? 0);
    bar.end();
    if (batch.status === 'committed') await describeDuplicateCheck(ctx, checks, batch.id);
    if (options.report) {
      await pipeline(
        await writeProblemReport(ctx, await loadBatch(ctx, batch.id), language),
        createWriteStream(options.report),
      );
      console.log(`Báo cáo lỗi / Problem report: ${options.report}`);
    }
    return finish(batch);
  } finally {
    await runner.stop();
    await checks.stop();
    await close();
  }
}

function describeColumns(batch: ImportBatch) {
  console.log(`Tệp / File: ${batch.fileName}, tiêu đề ở dòng / header on row ${batch.headerRow}`);
  for (const c of batch.columns) {
    const target = c.column ? IMPORT_COLUMN_DEFINITIONS[c.column].vi : '(bỏ qua / ignored)';
    console.log(`  ${c.letter.padEnd(3)} ${c.header.padEnd(32)} → ${target}`);
  }
}

async function describeCheck(ctx: PersonServiceContext, batch: ImportBatch, listProblems: boolean, language: Language) {
  console.log(
    `Kiểm tra / Dry run: ${n(batch.rowsTotal)} dòng / rows — ${n(batch.rowsValid)} hợp lệ / valid, ` +
      `${n(batch.rowsInvalid)} lỗi / invalid, ${n(batch.rowsDuplicate)} có thể trùng / possible duplicates`,
  );
  if (batch.alreadyImportedAs) {
    console.log(`Tệp này đã được nhập / This file was imported already: batch ${batch.alreadyImportedAs.id}`);
  }
  if (listProblems && (batch.rowsInvalid || batch.rowsDuplicate)) await printProblems(ctx, batch.id, language);
}

/** Waits for the committed persons' duplicate check (it would otherwise run at the server's next start). */
async function describeDuplicateCheck(ctx: PersonServiceContext, checks: DuplicateCheckRunner, batchId: string) {
  console.log('Kiểm tra trùng lặp / Checking for duplicates…');
  await checks.idle();
  const batch = await loadBatch(ctx, batchId);
  if (batch.duplicates_checked_at) {
    console.log(`  ${n(batch.duplicate_pairs)} cặp có thể trùng / possible duplicate pairs (Trùng lặp)`);
  }
}

async function printProblems(ctx: PersonServiceContext, batchId: string, language: Language) {
  const { items, total } = await importProblems(ctx, batchId, { offset: 0, limit: 10 }, language);
  for (const p of items) console.log(`  dòng / row ${p.rowNumber}, ${p.column}: ${p.message} ("${p.value}")`);
  if (total > items.length) console.log(`  … ${n(total - items.length)} more: --report FILE.xlsx for all`);
}

function finish(batch: ImportBatch): number {
  if (batch.status === 'committed') {
    console.log(`Xong / Done: ${n(batch.rowsCommitted)} người đã được nhập / persons imported (batch ${batch.id})`);
    return 0;
  }
  if (batch.status === 'failed') {
    console.error(`Thất bại, không dòng nào được lưu / Failed, nothing was kept: ${batch.failure}`);
    return 1;
  }
  console.log(`Chưa ghi / Not committed (batch ${batch.id}, status ${batch.status})`);
  return batch.rowsValid ? 0 : 1;
}
