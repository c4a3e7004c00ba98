import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../../src/db/prepareDatabase';
import { ensureFirstAdmin } from '../../src/server/users/firstAdmin';
import { csvOf, MESSY_ROWS } from '../helpers/importFixtures';

const run = promisify(execFile);

// The CLI on an embedded database of its own, as an administrator would run it beside the server.
describe('npm run cli', () => {
  let dir: string;
  const cli = (...args: string[]) =>
    run(process.execPath, ['--import', 'tsx', 'src/cli/cli.ts', ...args], {
      env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '' },
    }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cn-cli-'));
    const database = await prepareDatabase({ kind: 'pglite', dataDir: join(dir, 'pglite') });
    await ensureFirstAdmin(database.db);
    await database.close();
  });

  it('imports a file: columns, dry-run counts and problems, progress, result', async () => {
    const file = join(dir, 'can-tho.csv');
    await writeFile(file, csvOf(MESSY_ROWS));
    const { code, stdout, stderr } = await cli('import', file, '--source', 'Cần Thơ');
    expect(code, stderr).toBe(0);
    expect(stdout).toContain('header on row 4');
    expect(stdout).toMatch(/Nước định cư\s+→ Quốc gia cư trú/);
    expect(stdout).toContain('4 dòng / rows — 3 hợp lệ / valid, 1 lỗi / invalid');
    expect(stdout).toContain('dòng / row 8, sex: ');
    expect(stderr).toMatch(/Committing \[█+\] 100% {2}3 \/ 3/);
    expect(stdout).toContain('Xong / Done: 3 người đã được nhập');

    const again = await cli('import', file, '--source', '92');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('ALREADY_IMPORTED');
  });

  it('exports the filtered list', async () => {
    const out = join(dir, 'hoa-ky.csv');
    const { code, stderr } = await cli('export', '--out', out, '--country', 'Hoa Kỳ');
    expect(code, stderr).toBe(0);
    const lines = (await readFile(out, 'utf8')).trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('Nguyễn Văn An');
  });

  it('names what is wrong with a command', async () => {
    const noSource = await cli('import', join(dir, 'can-tho.csv'));
    expect(noSource.code).toBe(1);
    expect(noSource.stderr).toContain('sourceProvince');
    const badFilter = await cli('export', '--out', join(dir, 'x.csv'), '--colour', 'red');
    expect(badFilter.code).toBe(2);
    expect(badFilter.stderr).toContain('unknown option --colour');
    const badUser = await cli('export', '--out', join(dir, 'x.csv'), '--as', 'nobody');
    expect(badUser.stderr).toContain('no active user "nobody"');
  });
});
