import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../../src/db/prepareDatabase';
import { createScratchDatabase } from '../../src/db/scratchDatabase';
import { loadConfig } from '../../src/server/config';
import { syntheticPersons } from '../../src/server/demo/syntheticPersons';
import { bulkInsertPersons } from '../../src/server/persons/writes/bulkPersonWrites';
import { createIdentityCrypto } from '../../src/server/secrets/identityCrypto';
import { USERS, personBody } from '../helpers/factories';
import { startTestApp, type TestApp } from '../helpers/testApp';

const serverUrl = process.env.DATABASE_URL;

describe('DATABASE_READ_URL in the configuration', () => {
  it('is taken with its primary, and refused without one', () => {
    const primary = 'postgresql://app@primary.invalid/caunoi';
    const replica = 'postgresql://app@replica.invalid/caunoi';
    expect(loadConfig({ DATABASE_URL: primary, DATABASE_READ_URL: replica }).database).toEqual({
      kind: 'postgresql',
      url: primary,
      readUrl: replica,
    });
    expect(() => loadConfig({ DATABASE_READ_URL: replica })).toThrow(/DATABASE_READ_URL: .*DATABASE_URL/);
  });
});

// A second database stands in for the replica: what the app shows from it was never written to
// the primary, so it can only have come from the read connection.
describe.skipIf(!serverUrl)('read-only traffic on the read replica', () => {
  let t: TestApp | undefined;
  const drops: (() => Promise<void>)[] = [];
  afterAll(async () => {
    await t?.close();
    for (const drop of drops) await drop();
  });

  it('lists, searches and counts from the replica; sessions, writes and records stay on the primary', async () => {
    const primary = await createScratchDatabase(serverUrl!, 'cn_primary');
    const replica = await createScratchDatabase(serverUrl!, 'cn_replica');
    drops.push(primary.drop, replica.drop);
    const replicaDb = await prepareDatabase({ kind: 'postgresql', url: replica.url });
    await bulkInsertPersons(
      replicaDb.db,
      createIdentityCrypto(randomBytes(32)),
      [{ ...syntheticPersons(1)(), fullName: 'Trần Bản Sao', hometownProvinceCode: '92', sourceProvinceCode: '92' }],
      null,
    );
    await replicaDb.close();

    const database = await prepareDatabase({ kind: 'postgresql', url: primary.url, readUrl: replica.url });
    t = await startTestApp({}, { database });
    await t.createUser(...USERS.ministry);
    const admin = await t.login('bo.admin');
    const created = await admin.post('/api/persons', personBody({ fullName: 'Lê Chính Gốc' }));
    expect(created.statusCode).toBe(201);

    const listed = (await admin.get('/api/persons?limit=50')).json();
    expect(listed.items.map((p: { fullName: string }) => p.fullName)).toEqual(['Trần Bản Sao']);
    expect((await admin.get('/api/persons?q=ban%20sao')).json().total).toBe(1);
    expect((await admin.get('/api/persons?q=chinh%20goc')).json().total).toBe(0);
    const stats = (await admin.get('/api/persons/stats')).json();
    expect(JSON.stringify(stats)).toContain('"92"');
    // One record is read where it was written: the primary.
    expect((await admin.get(`/api/persons/${created.json().id}`)).statusCode).toBe(200);
  });
});
