import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoPersons } from '../../../src/server/demo/seedDemoPersons';
import { createIdentityCrypto } from '../../../src/server/secrets/identityCrypto';
import { USERS } from '../../helpers/factories';
import { startTestApp, type TestApp } from '../../helpers/testApp';

describe('demo data', () => {
  let t: TestApp;
  let demo: Awaited<ReturnType<typeof seedDemoPersons>>;
  const crypto = createIdentityCrypto(randomBytes(32));
  beforeAll(async () => {
    t = await startTestApp();
    await t.createUser(...USERS.ministry);
    demo = await seedDemoPersons(t.db, crypto, 600, t.clock.now());
  });
  afterAll(() => t.close());

  it('holds persons recorded twice, proposed for review; a registry with data gets none', async () => {
    expect(demo.persons).toBe(600);
    expect(demo.pairs).toBeGreaterThan(10);

    const admin = await t.login(USERS.ministry[0]);
    const queue = (await admin.get('/api/duplicates')).json();
    expect(queue.total).toBe(demo.pairs);
    expect(await seedDemoPersons(t.db, crypto, 600)).toEqual({ persons: 0, pairs: 0 });
  });

  it("shows Cần Thơ's associations, experts, a need, cases at several steps and a returnee", async () => {
    const admin = await t.login(USERS.ministry[0]);
    expect((await admin.get('/api/associations')).json().total).toBe(4);
    expect((await admin.get('/api/experts')).json().total).toBeGreaterThan(0);
    const [need] = (await admin.get('/api/needs')).json().items;
    expect((await admin.get(`/api/needs/${need.id}/matches`)).statusCode).toBe(200);
    const cases = (await admin.get('/api/cases')).json().items;
    expect(cases.map((c: { status: string }) => c.status).sort()).toEqual(['resolved', 'verifying']);
    expect((await admin.get('/api/cases/overdue-tasks')).json()).toHaveLength(1);
    expect((await admin.get('/api/returnees')).json().total).toBe(1);
  });

  it('gives the officers requests from the portal to settle, one overdue', async () => {
    const admin = await t.login(USERS.ministry[0]);
    const queue = (await admin.get('/api/portal-requests')).json();
    expect(queue.items.map((r: { kind: string }) => r.kind).sort()).toEqual(['change', 'deletion', 'procedure']);
    expect(queue.overdue).toBe(1);
  });
});
