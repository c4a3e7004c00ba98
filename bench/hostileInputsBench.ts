import { randomBytes } from 'node:crypto';
import { openAsBlob } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createScratchDatabase } from '../src/db/scratchDatabase';
import { signInFirstAdmin, type HttpSession } from '../test/helpers/httpSession';
import { startServer, type RunningServer } from '../test/helpers/serverProcess';
import { nestedJson, writeHostileFiles } from './hostileFiles';
import { numberOption } from './options';
import { machine, percentile } from './stats';

const MiB = 1024 ** 2;
const TARGET_RSS_MIB = 512;
const TARGET_HEALTH_P99_MS = 200;

/** The server process' resident memory, from /proc (Linux). */
async function rssOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) * 1024;
}

/**
 * While `run` goes on: the server's RSS every 10 ms and /api/health asked one after the other, each
 * answer timed. Returns the peak RSS and the health latencies.
 */
async function watch(server: RunningServer, run: () => Promise<string>) {
  let running = true;
  let peak = 0;
  const latencies: number[] = [];
  const sampler = (async () => {
    while (running) {
      peak = Math.max(peak, await rssOf(server.pid));
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  const health = (async () => {
    while (running) {
      const started = performance.now();
      const response = await fetch(`${server.url}/api/health`);
      await response.arrayBuffer();
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  })();
  const started = performance.now();
  const answer = await run();
  const seconds = (performance.now() - started) / 1000;
  running = false;
  await Promise.all([sampler, health]);
  latencies.sort((a, b) => a - b);
  return { answer, seconds, peak, latencies };
}

/** An upload, then (when the upload was taken) its dry run: the answer of the last step, as "status CODE". */
async function uploadAndCheck(admin: HttpSession, path: string, name: string): Promise<string> {
  const uploaded = await admin.upload(
    '/api/imports',
    { sourceProvince: '92' },
    { name, content: await openAsBlob(path) },
  );
  const answer = async (response: Response) =>
    `${response.status} ${((await response.json()) as { error?: { code: string } }).error?.code ?? ''}`;
  if (uploaded.status !== 201) return `upload ${await answer(uploaded)}`;
  const { id } = (await uploaded.json()) as { id: string };
  return `check ${await answer(await admin.request('POST', `/api/imports/${id}/check`))}`;
}

async function postJson(server: RunningServer, admin: HttpSession | null, body: string): Promise<string> {
  const headers = { 'content-type': 'application/json' };
  const response = admin
    ? await admin.raw('POST', '/api/persons', { headers, body })
    : await fetch(`${server.url}/api/persons`, { method: 'POST', headers, body });
  const json = (await response.json()) as { error?: { code: string } };
  return `${response.status} ${json.error?.code ?? ''}`;
}

/**
 * npm run bench -- hostile-inputs [--mb 50]
 * Starts the real server (PGlite, or PostgreSQL when DATABASE_URL is set) and sends it, one at a
 * time, files and bodies made to exhaust it: csv lines and fields without end, a row of millions
 * of columns, zip bombs, a deeply nested JSON body anonymous and signed in. For each it prints the
 * answer, the server's peak RSS while it was handled and after, and /api/health's latency meanwhile.
 */
export async function run(args: string[]): Promise<void> {
  const megabytes = numberOption(args, 'mb', 50);
  const dir = await mkdtemp(join(tmpdir(), 'cn-hostile-'));
  const env: Record<string, string> = { DEMO_PERSONS: '0', MAX_UPLOAD_MB: String(Math.max(200, megabytes * 2)) };
  let dropDatabase = async () => {};
  if (process.env.DATABASE_URL) {
    const scratch = await createScratchDatabase(process.env.DATABASE_URL, 'cn_bench_hostile');
    dropDatabase = scratch.drop;
    Object.assign(env, { DATABASE_URL: scratch.url, DATA_KEY: randomBytes(32).toString('base64') });
  }
  const server = await startServer({ env });
  try {
    console.log(`hostile inputs: ${machine()}; database ${process.env.DATABASE_URL ? 'postgresql' : 'pglite'}`);
    const admin = await signInFirstAdmin(server);
    const files = await writeHostileFiles(dir, megabytes);
    const idle = await watch(server, () => new Promise((resolve) => setTimeout(() => resolve('-'), 2000)));
    console.log(
      `idle: RSS ${(idle.peak / MiB).toFixed(0)} MiB, /api/health p99 ${percentile(idle.latencies, 99).toFixed(1)} ms`,
    );
    const body = nestedJson(4_750_000);
    const cases = [
      ...(await Promise.all(
        files.map(async (f) => ({
          what: `${f.what} (${((await stat(f.path)).size / MiB).toFixed(1)} MiB)`,
          run: () => uploadAndCheck(admin, f.path, f.name),
        })),
      )),
      { what: 'JSON nested 4,750,000 deep (9.5 MB), anonymous', run: () => postJson(server, null, body) },
      { what: 'JSON nested 4,750,000 deep (9.5 MB), signed in', run: () => postJson(server, admin, body) },
      {
        what: 'JSON nested 524,000 deep (1 MiB, the limit), signed in',
        run: () => postJson(server, admin, nestedJson(524_000)),
      },
    ];
    const rows: string[][] = [];
    let worst = { rss: 0, p99: 0 };
    for (const c of cases) {
      const seen = await watch(server, () =>
        c.run().catch((error: unknown) => {
          if (!server.isRunning()) throw new Error(`the server died:\n${server.output().slice(-4000)}`);
          return `connection closed (${(error as Error).message})`;
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const after = await rssOf(server.pid);
      const p99 = percentile(seen.latencies, 99);
      worst = { rss: Math.max(worst.rss, seen.peak), p99: Math.max(worst.p99, p99) };
      rows.push([
        c.what,
        seen.answer,
        `${seen.seconds.toFixed(1)} s`,
        `${(seen.peak / MiB).toFixed(0)} MiB (+${Math.max(0, (seen.peak - idle.peak) / MiB).toFixed(0)})`,
        `${(after / MiB).toFixed(0)} MiB`,
        `${percentile(seen.latencies, 50).toFixed(1)} / ${p99.toFixed(1)} / ${(seen.latencies.at(-1) ?? NaN).toFixed(1)} ms (${seen.latencies.length})`,
      ]);
    }
    printTable(
      ['input', 'answer', 'time', 'peak RSS (over idle)', 'RSS 3 s after', '/api/health p50 / p99 / max (n)'],
      rows,
    );
    if (!process.env.DATABASE_URL) {
      console.log(
        '(PGlite runs inside the server process and holds about 650 MiB itself: the RSS target is for PostgreSQL)',
      );
    }
    console.log(
      `worst: peak RSS ${(worst.rss / MiB).toFixed(0)} MiB (target ≤ ${TARGET_RSS_MIB} MiB: ${worst.rss <= TARGET_RSS_MIB * MiB ? 'met' : 'NOT met'}), ` +
        `/api/health p99 ${worst.p99.toFixed(1)} ms (target ≤ ${TARGET_HEALTH_P99_MS} ms: ${worst.p99 <= TARGET_HEALTH_P99_MS ? 'met' : 'NOT met'})`,
    );
  } finally {
    await server.stop();
    await dropDatabase();
    await rm(dir, { recursive: true, force: true });
  }
}

function printTable(header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}
