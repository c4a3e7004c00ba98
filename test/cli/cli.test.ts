import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../../src/db/prepareDatabase';
import { createScratchDatabase } from '../../src/db/scratchDatabase';
import { useAuditChainKey } from '../../src/server/audit/auditChain';
import { loadConfig } from '../../src/server/config';
import { loadDataKey } from '../../src/server/secrets/loadDataKey';
import { ensureFirstAdmin } from '../../src/server/users/firstAdmin';
import { csvOf, MESSY_ROWS } from '../helpers/importFixtures';

const run = promisify(execFile);

// The CLI as an administrator would run it beside the server: on an embedded database of its own, or
// (CI's PostgreSQL stage) on a database of its own on the server DATABASE_URL names.
describe('npm run cli', () => {
  let dir: string;
  let env: Record<string, string>;
  let dropDatabase = async () => {};
  const cli = (...args: string[]) =>
    run(process.execPath, ['--import', 'tsx', 'src/cli/cli.ts', ...args], { env: { ...process.env, ...env } }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cn-cli-'));
    env = { DATA_DIR: dir, DATABASE_URL: '' };
    if (process.env.DATABASE_URL) {
      const scratch = await createScratchDatabase(process.env.DATABASE_URL, 'cn_cli');
      dropDatabase = scratch.drop;
      env = { DATA_DIR: dir, DATABASE_URL: scratch.url, DATA_KEY: randomBytes(32).toString('base64') };
    }
    const config = loadConfig(env);
    const database = await prepareDatabase(config.database);
    useAuditChainKey(loadDataKey(config));
    await ensureFirstAdmin(database.db);
    await database.close();
  });
  afterAll(async () => {
    await dropDatabase();
    await rm(dir, { recursive: true, force: true });
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
    const file = join(dir, 'xuat.csv');
    await writeFile(
      file,
      csvOf([
        ['Họ và tên', 'Nước định cư'],
        ['Trần Văn Xuất', 'Hoa Kỳ'],
        ['Lê Thị Ở', 'Pháp'],
      ]),
    );
    expect((await cli('import', file, '--source', 'Cần Thơ')).code).toBe(0);
    const out = join(dir, 'hoa-ky.csv');
    // As the first administrator (the Ministry): the one match goes only with consent to sharing, and none was given.
    const { code, stderr, stdout } = await cli('export', '--out', out, '--country', 'Hoa Kỳ', '--q', 'tran van xuat');
    expect(code, stderr).toBe(0);
    const lines = (await readFile(out, 'utf8')).trim().split('\r\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Họ và tên');
    expect(stdout).toContain('1 người chưa đồng ý chia sẻ');
  });

  it('names what is wrong with a command', async () => {
    const file = join(dir, 'thieu-nguon.csv');
    await writeFile(file, csvOf(MESSY_ROWS));
    const noSource = await cli('import', file);
    expect(noSource.code).toBe(1);
    expect(noSource.stderr).toContain('sourceProvince');
    const badFilter = await cli('export', '--out', join(dir, 'x.csv'), '--colour', 'red');
    expect(badFilter.code).toBe(2);
    expect(badFilter.stderr).toContain('unknown option --colour');
    const badUser = await cli('export', '--out', join(dir, 'x.csv'), '--as', 'nobody');
    expect(badUser.stderr).toContain('no active user "nobody"');
  });
});
