import { randomBytes } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { createScratchDatabase } from '../../../src/db/scratchDatabase';
import { syntheticPersons } from '../../../src/server/demo/syntheticPersons';
import { signInFirstAdmin, signInNewUser } from '../../helpers/httpSession';
import { csvOf } from '../../helpers/importFixtures';
import { startServer, type RunningServer } from '../../helpers/serverProcess';

const ROWS = 20_000;

/** Distinct rows: each carries its own number in the notes, so a row written twice shows. */
function largeFile(): Buffer {
  const next = syntheticPersons(11);
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const person = next();
    return [person.fullName, String(person.birthDate?.year ?? ''), 'Pháp', `dòng ${i + 1}`];
  });
  return Buffer.from(csvOf([['Họ và tên', 'Năm sinh', 'Quốc gia cư trú', 'Ghi chú'], ...rows]));
}

type Batch = {
  id: string;
  status: string;
  rowsValid: number;
  rowsCommitted: number;
  duplicatesCheckedAt: string | null;
};

// The server process is killed (SIGKILL) in the middle of a commit, then started again on the same
// data: the commit resumes from its checkpoint, and in the end every row is stored exactly once.
describe('an import killed mid-commit', () => {
  const servers: RunningServer[] = [];
  let dropDatabase = async () => {};
  afterAll(async () => {
    for (const server of servers) await server.stop();
    await dropDatabase();
  });

  it('loses nothing committed, writes nothing twice, and completes after a restart', async () => {
    const env: Record<string, string> = { DEMO_PERSONS: '0' };
    if (process.env.DATABASE_URL) {
      const scratch = await createScratchDatabase(process.env.DATABASE_URL, 'cn_crash');
      dropDatabase = scratch.drop;
      Object.assign(env, { DATABASE_URL: scratch.url, DATA_KEY: randomBytes(32).toString('base64') });
    }
    const first = await startServer({ env });
    const admin = await signInFirstAdmin(first);
    const uploaded = await admin.upload(
      '/api/imports',
      { sourceProvince: '92' },
      { name: 'lon.csv', content: largeFile() },
    );
    expect(uploaded.status, await uploaded.clone().text()).toBe(201);
    const { id } = (await uploaded.json()) as Batch;
    expect(await admin.json<Batch>('POST', `/api/imports/${id}/check`)).toMatchObject({ rowsValid: ROWS });
    expect((await admin.request('POST', `/api/imports/${id}/commit`)).status).toBe(202);

    let atKill: Batch;
    do atKill = await admin.json<Batch>('GET', `/api/imports/${id}`);
    while (atKill.rowsCommitted === 0);
    await first.kill();
    expect(atKill.status).toBe('committing');
    expect(atKill.rowsCommitted).toBeLessThan(ROWS);

    const second = await startServer({ dataDir: first.dataDir, env });
    servers.push(second);
    const again = admin.at(second.url);
    let batch: Batch;
    do batch = await again.json<Batch>('GET', `/api/imports/${id}`);
    while (batch.status === 'committing');
    expect(batch).toMatchObject({ status: 'committed', rowsCommitted: ROWS });

    // Cần Thơ's own officer: the list stays in its keeping province (the Ministry would get only those who agreed to sharing).
    const canTho = await signInNewUser(second, again, {
      username: 'ct.officer',
      role: 'province_officer',
      provinceCode: '92',
    });
    const exported = await canTho.request('GET', '/api/persons/export.csv?sourceProvince=92');
    const [header, ...rows] = parse((await exported.text()).replace(/^\ufeff/, '')) as string[][];
    const notes = rows.map((row) => row[header!.indexOf('Ghi chú')]);
    expect(rows).toHaveLength(ROWS);
    expect(new Set(notes).size).toBe(ROWS);
    // The duplicate check that follows the commit runs on the restarted server too.
    do batch = await again.json<Batch>('GET', `/api/imports/${id}`);
    while (!batch.duplicatesCheckedAt);
    // Two server starts and 20,000 rows: about 25 s on the 2-core CI machine, too close to the default.
  }, 120_000);
});
