import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../../src/db/prepareDatabase';
import { createScratchDatabase } from '../../src/db/scratchDatabase';
import { useAuditChainKey } from '../../src/server/audit/auditChain';
import { loadConfig } from '../../src/server/config';
import { loadDataKey } from '../../src/server/secrets/loadDataKey';
import { ensureFirstAdmin } from '../../src/server/users/firstAdmin';
import { writeAudit } from '../../src/server/audit/writeAudit';

const run = promisify(execFile);

describe('npm run cli -- audit verify', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it('says the log is intact and names its head, then names the entry a tampering broke', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cn-audit-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    let env: Record<string, string> = { DATA_DIR: dir, DATABASE_URL: '' };
    if (process.env.DATABASE_URL) {
      const scratch = await createScratchDatabase(process.env.DATABASE_URL, 'cn_audit_cli');
      cleanups.push(scratch.drop);
      env = { DATA_DIR: dir, DATABASE_URL: scratch.url, DATA_KEY: randomBytes(32).toString('base64') };
    }
    const config = loadConfig(env);
    useAuditChainKey(loadDataKey(config));
    const verify = () =>
      run(process.execPath, ['--import', 'tsx', 'src/cli/cli.ts', 'audit', 'verify'], {
        env: { ...process.env, ...env },
      }).then(
        (r) => ({ code: 0, stdout: r.stdout }),
        (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
      );

    let database = await prepareDatabase(config.database);
    await ensureFirstAdmin(database.db);
    for (let i = 0; i < 5; i++) {
      await writeAudit(database.db, { userId: null, username: 'ct.officer', action: 'person.read', provinces: ['92'] });
    }
    const entries = await database.db.selectFrom('audit_log').select('id').orderBy('chain_seq').execute();
    await database.close();

    const intact = await verify();
    expect(intact.code).toBe(0);
    expect(intact.stdout).toContain(`Audit log intact: ${entries.length} mục trong chuỗi / entries in the chain`);
    expect(intact.stdout).toContain(`Chain head: #${entries.at(-1)!.id}, vị trí / position ${entries.length}`);

    database = await prepareDatabase(config.database);
    await sql.raw('alter table audit_log disable trigger user').execute(database.db);
    await sql.raw(`update audit_log set details = '{"sửa": true}' where id = ${entries[2]!.id}`).execute(database.db);
    await database.close();

    const tampered = await verify();
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toContain(
      `AUDIT LOG TAMPERED: chuỗi đứt tại mục / the chain breaks at entry #${entries[2]!.id}`,
    );
    expect(tampered.stdout).toContain('(altered)');
  });
});
