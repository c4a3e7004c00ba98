import { exec } from 'node:child_process';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchDatabase } from '../../../src/db/scratchDatabase';
import { signInFirstAdmin, type HttpSession } from '../../helpers/httpSession';
import { startServer, type RunningServer } from '../../helpers/serverProcess';

const serverUrl = process.env.DATABASE_URL;
// The command that controls CI's PostgreSQL cluster ("pg_ctlcluster … 15 main"): only the fault stage
// of .ci/run sets it, since stopping the cluster would break every other test running at that time.
const clusterCtl = process.env.CI_PG_CLUSTER_CTL;

/** Statuses seen by a loop of requests (health and an authenticated list) until stopped. */
function requestLoop(server: RunningServer, admin: HttpSession) {
  const statuses = new Map<string, number[]>();
  let running = true;
  const note = (path: string, status: number) => statuses.set(path, [...(statuses.get(path) ?? []), status]);
  const loop = (async () => {
    while (running) {
      const [health, persons] = await Promise.all([
        fetch(`${server.url}/api/health`).then(async (r) => ({ status: r.status, body: await r.json() })),
        admin.request('GET', '/api/persons?limit=5').then(async (r) => ({ status: r.status, body: await r.json() })),
      ]);
      note('/api/health', health.status);
      note('/api/persons', persons.status);
      for (const answer of [health, persons]) {
        if (answer.status === 503) expect(answer.body.error.code).toBe('DATABASE_UNAVAILABLE');
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  return {
    statuses,
    async stop() {
      running = false;
      await loop;
    },
  };
}

async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// Not execSync: the request loop must go on while the cluster stops and starts.
const run = promisify(exec);

const healthStatus = (server: RunningServer) => fetch(`${server.url}/api/health`).then((r) => r.status);

describe.skipIf(!serverUrl)('the server when PostgreSQL goes away', () => {
  let server: RunningServer;
  let admin: HttpSession;
  let databaseName: string;
  let drop = async () => {};
  beforeAll(async () => {
    const scratch = await createScratchDatabase(serverUrl!, 'cn_outage');
    drop = scratch.drop;
    databaseName = new URL(scratch.url).pathname.slice(1);
    server = await startServer({
      env: { DATABASE_URL: scratch.url, DATA_KEY: randomBytes(32).toString('base64'), DEMO_PERSONS: '0' },
    });
    admin = await signInFirstAdmin(server);
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await drop();
  });

  it('survives its connections being terminated, answering 503 at most, and serves on by itself', async () => {
    const loop = requestLoop(server, admin);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const killer = new pg.Client({ connectionString: serverUrl });
    await killer.connect();
    try {
      for (let round = 0; round < 5; round++) {
        await killer.query(
          'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
          [databaseName],
        );
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
    } finally {
      await killer.end();
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    await loop.stop();

    expect(server.isRunning(), server.output()).toBe(true);
    for (const [path, seen] of loop.statuses) {
      expect(
        seen.filter((status) => status !== 200 && status !== 503),
        path,
      ).toEqual([]);
      expect(seen.at(-1), path).toBe(200);
    }
    expect((await admin.request('GET', '/api/persons?limit=5')).status).toBe(200);
  });

  it.skipIf(!clusterCtl)(
    'reports the database down while the cluster is stopped, and recovers when it is back',
    async () => {
      const loop = requestLoop(server, admin);
      try {
        await run(`${clusterCtl} stop`);
        await until(async () => (await healthStatus(server)) === 503, 'health to report the database down');
        const during = await admin.request('GET', '/api/persons?limit=5');
        expect(during.status).toBe(503);
        expect((await during.json()).error.code).toBe('DATABASE_UNAVAILABLE');
      } finally {
        await run(`${clusterCtl} start`);
      }
      await until(async () => (await healthStatus(server)) === 200, 'health to recover');
      await loop.stop();

      expect(server.isRunning(), server.output()).toBe(true);
      expect(loop.statuses.get('/api/persons')).toContain(503);
      expect(loop.statuses.get('/api/health')?.filter((status) => status !== 200 && status !== 503)).toEqual([]);
      expect((await admin.request('GET', '/api/persons?limit=5')).status).toBe(200);
    },
  );
});
