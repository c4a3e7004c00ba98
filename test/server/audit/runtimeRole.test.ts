import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../../../src/db/prepareDatabase';
import { grantRuntimeRole } from '../../../src/db/runtimeRole';
import { createScratchDatabase } from '../../../src/db/scratchDatabase';
import { verifyAuditChain } from '../../../src/server/audit/verifyAuditChain';
import { USERS, personBody } from '../../helpers/factories';
import { appendForgedAuditEntry } from '../../helpers/forgedAuditEntry';
import { startTestApp, type TestApp } from '../../helpers/testApp';

const serverUrl = process.env.DATABASE_URL;

async function asAdmin(statement: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

// The documented PostgreSQL set-up (README, "Audit log"): migrations run as the owner, the server as
// a role granted by `npm run cli -- db grant-runtime ROLE`, which owns nothing.
describe.skipIf(!serverUrl)('the server running as a role that does not own the audit log', () => {
  const role = `cn_app_${randomBytes(4).toString('hex')}`;
  const password = randomBytes(12).toString('hex');
  let t: TestApp | undefined;
  let dropDatabase = async () => {};
  afterAll(async () => {
    await t?.close();
    await dropDatabase();
    await asAdmin(`drop role if exists ${role}`);
  });

  it('works, cannot truncate, change, delete or unguard the audit log, and what it forges is found', async () => {
    const scratch = await createScratchDatabase(serverUrl!, 'cn_roles');
    dropDatabase = scratch.drop;
    const owner = await prepareDatabase({ kind: 'postgresql', url: scratch.url });
    await asAdmin(`create role ${role} login password '${password}'`);
    await grantRuntimeRole(owner.db, role);
    await owner.close();

    const runtimeUrl = new URL(scratch.url);
    [runtimeUrl.username, runtimeUrl.password] = [role, password];
    t = await startTestApp({}, { database: await prepareDatabase({ kind: 'postgresql', url: runtimeUrl.toString() }) });
    await t.createUser(...USERS.ctOfficer);
    const officer = await t.login('ct.officer');
    expect((await officer.post('/api/persons', personBody())).statusCode).toBe(201);

    await expect(sql.raw('truncate audit_log').execute(t.db)).rejects.toThrow(/permission denied/);
    await expect(sql.raw('alter table audit_log disable trigger user').execute(t.db)).rejects.toThrow(/must be owner/);
    await expect(sql.raw('update audit_log set ip = null').execute(t.db)).rejects.toThrow(/permission denied/);
    await expect(sql.raw('delete from audit_log').execute(t.db)).rejects.toThrow(/permission denied/);
    await expect(sql.raw('delete from audit_log_province').execute(t.db)).rejects.toThrow(/permission denied/);

    expect((await verifyAuditChain(t.db)).isIntact).toBe(true);
    // INSERT it may: what it appends without the key is found.
    const forged = await appendForgedAuditEntry(t.db);
    expect(await verifyAuditChain(t.db)).toMatchObject({ isIntact: false, firstBreak: { id: forged } });
  });
});
