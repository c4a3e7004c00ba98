import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../src/db/connection';
import { copyText } from '../src/db/copyRows';
import type { DB } from '../src/db/schema';
import { openScratchDatabase } from '../src/db/scratchDatabase';
import { currentUserFromRow } from '../src/server/auth/currentUserFromRow';
import { DuplicateCheckRunner } from '../src/server/duplicates/checkRunner';
import { ImportRunner } from '../src/server/imports/commitBatch';
import { importFile } from '../src/server/imports/importFile';
import { useAuditChainKey } from '../src/server/audit/auditChain';
import { createIdentityCrypto, type IdentityCrypto } from '../src/server/secrets/identityCrypto';
import { writeImportFiles, type CopyFile } from './importFiles';
import { createBenchUser } from './benchUser';
import { benchTargets, numberOption } from './options';
import { machine } from './stats';
import type { PersonServiceContext } from '../src/server/serviceContext';

/**
 * npm run bench -- import [--rows 1000000] [--pglite-only | --postgres-only]
 * Generates a province csv of N rows (1% invalid) and, for its valid rows, the rows the registry
 * stores in COPY's text format. In one database it then times raw COPY of those rows into the
 * person tables, and our import (upload, dry run, commit) of the csv, of N/10 and of N rows, with
 * the process's peak memory for each: memory that does not grow with the file is the goal. The
 * duplicate check that follows each commit (in the background, after the batch is committed) is
 * timed apart.
 */
export async function run(args: string[]): Promise<void> {
  const rows = numberOption(args, 'rows', 1_000_000);
  const small = Math.max(1_000, Math.round(rows / 10));
  console.log(
    `import benchmark: csv of ${rows.toLocaleString('en')} and ${small.toLocaleString('en')} rows; ${machine()}`,
  );
  for (const target of benchTargets(args)) {
    const dir = await mkdtemp(join(tmpdir(), 'cn-import-bench-'));
    const database = await openScratchDatabase(target.url, 'cn_bench_import');
    try {
      console.log(`[${target.kind}]`);
      await benchOne(database, dir, rows, small);
    } finally {
      await database.close();
      await rm(dir, { recursive: true, force: true });
    }
  }
}

async function benchOne(database: Database, dir: string, rows: number, small: number) {
  const db = database.db;
  const dataKey = randomBytes(32);
  const crypto = createIdentityCrypto(dataKey);
  useAuditChainKey(dataKey);
  const ctx = await benchContext(db, crypto);
  const origin = { userId: ctx.actor.user.id, importBatchId: await rawCopyBatch(db) };
  const started = performance.now();
  await mkdir(join(dir, 'small'));
  const files = {
    big: await writeImportFiles(dir, rows, crypto, origin),
    small: await writeImportFiles(join(dir, 'small'), small, crypto, origin),
  };
  const size = (await stat(files.big.csvPath)).size;
  console.log(`  files generated in ${seconds(started)} s; csv of ${(size / 2 ** 20).toFixed(0)} MiB`);

  const copy = await measured(() =>
    db.transaction().execute(async (trx) => {
      for (const file of files.big.copyFiles) await copyFile(trx, file);
    }),
  );
  const copyRate = files.big.valid / copy.seconds;
  console.log(
    `  raw COPY of the rows our import stores for the ${files.big.valid.toLocaleString('en')} valid lines ` +
      `(persons, documents, relatives, match keys, history): ${copy.seconds.toFixed(1)} s, ${Math.round(copyRate)} rows/s`,
  );

  const checks = new DuplicateCheckRunner(db, (error) => console.error(error));
  const runner = new ImportRunner(
    db,
    crypto,
    (error) => console.error(error),
    (batchId) => checks.checkImport(batchId),
  );
  console.log(
    '  our import      | rows      | upload | dry run | commit | commit rows/s | all rows/s | vs COPY (commit / all) | peak RSS | peak heap | then duplicate check',
  );
  for (const name of ['small', 'big'] as const) {
    await emptyRegistry(db);
    const phases: Record<string, number> = {};
    let mark = performance.now();
    const lap = (phase: string) => {
      phases[phase] = (performance.now() - mark) / 1000;
      mark = performance.now();
    };
    const result = await measured(async () => {
      const batch = await importFile(ctx, runner, files[name].csvPath, {
        uploadDir: join(dir, 'uploads'),
        maxUploadBytes: 2 ** 30,
        source: { province: '92' },
        onStep: (step) => lap(step),
      });
      lap('commit');
      return batch;
    });
    // After the commit, apart: the check reads the registry, so its memory follows the registry's size.
    const check = await measured(() => checks.idle());
    if (result.value.rowsCommitted !== files[name].valid) {
      throw new Error(`committed ${result.value.rowsCommitted} of ${files[name].valid} valid rows`);
    }
    const commitRate = files[name].valid / phases.commit!;
    const allRate = files[name].valid / result.seconds;
    console.log(
      [
        `  ${name === 'big' ? 'full file' : 'tenth of it'}`.padEnd(17),
        files[name].valid.toLocaleString('en').padStart(9),
        `${phases.uploaded!.toFixed(1)} s`.padStart(6),
        `${phases.checked!.toFixed(1)} s`.padStart(7),
        `${phases.commit!.toFixed(1)} s`.padStart(6),
        String(Math.round(commitRate)).padStart(13),
        String(Math.round(allRate)).padStart(10),
        `${pct(commitRate / copyRate)} / ${pct(allRate / copyRate)}`.padStart(22),
        mib(result.peakRss).padStart(8),
        mib(result.peakHeap).padStart(9),
        `${check.seconds.toFixed(1)} s, heap ${mib(check.peakHeap)}`.padStart(20),
      ].join(' | '),
    );
  }
}

/** The rows of a COPY text file, sent in blocks of whole lines. */
async function copyFile(db: Kysely<DB>, file: CopyFile) {
  let rest = '';
  for await (const chunk of createReadStream(file.path, { encoding: 'utf8', highWaterMark: 8 * 2 ** 20 })) {
    const text = rest + (chunk as string);
    const end = text.lastIndexOf('\n') + 1;
    rest = text.slice(end);
    if (end) await copyText(db, file.table, file.columns, text.slice(0, end));
  }
}

/** The batch the raw COPY's rows are attributed to, as an import's rows are to theirs. */
async function rawCopyBatch(db: Kysely<DB>): Promise<string> {
  const batch = await db
    .insertInto('import_batch')
    .values({
      file_name: 'raw COPY',
      file_hash: 'raw COPY',
      file_size: 0,
      file_kind: 'csv',
      header_row: 2,
      columns: '[]',
      status: 'committed',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return batch.id;
}

/** Cascade: every table that refers to persons (association members, cases…) is emptied with them. */
async function emptyRegistry(db: Kysely<DB>) {
  await sql`truncate person, person_identity_document, relative, person_relative, person_change, person_name_word,
    person_count, person_match_key, person_name_count, duplicate_pair, person_merge, import_problem,
    import_row_key cascade`.execute(db);
}

async function benchContext(db: Kysely<DB>, crypto: IdentityCrypto): Promise<PersonServiceContext> {
  const user = await createBenchUser(db);
  return {
    db,
    crypto,
    actor: { user: currentUserFromRow(user), ip: '127.0.0.1' },
    now: () => new Date(),
  };
}

/** Runs `work`, sampling the process's memory every 50 ms. */
async function measured<T>(work: () => Promise<T>) {
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  };
  const timer = setInterval(sample, 50);
  const start = performance.now();
  try {
    const value = await work();
    sample();
    return { value, seconds: (performance.now() - start) / 1000, peakRss, peakHeap };
  } finally {
    clearInterval(timer);
  }
}

const seconds = (start: number) => ((performance.now() - start) / 1000).toFixed(1);
const pct = (ratio: number) => `${Math.round(ratio * 100)}%`;
const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
