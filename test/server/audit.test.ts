import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/testApp';
import { USERS } from '../helpers/factories';

describe('audit log', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.createUser(...USERS.ministry);
    await t.createUser(...USERS.ctAdmin);
    await t.createUser(...USERS.hpAdmin);
    await t.login('ct.admin');
    await t.login('hp.admin');
    await t.anonymous().post('/api/auth/login', { username: 'hp.admin', password: 'wrong password' });
  });
  afterAll(() => t.close());

  it('records logins with who, when, what and from which address', async () => {
    const admin = await t.login('bo.admin');
    const page = (await admin.get('/api/audit?action=auth.login')).json();
    const entry = page.items.find((e: { username: string }) => e.username === 'ct.admin');
    expect(entry).toMatchObject({ action: 'auth.login', entityType: 'user', provinceCodes: ['92'], ip: '127.0.0.1' });
    expect(new Date(entry.at).getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('filters by action prefix and pages newest first', async () => {
    const admin = await t.login('bo.admin');
    const failed = (await admin.get('/api/audit?action=auth.login_failed')).json().items;
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ username: 'hp.admin', details: { reason: 'wrong_password' } });

    const first = (await admin.get('/api/audit?limit=2')).json();
    expect(first.items).toHaveLength(2);
    expect(first.items[0].id).toBeGreaterThan(first.items[1].id);
    const second = (await admin.get(`/api/audit?limit=2&before=${first.nextBefore}`)).json();
    expect(second.items[0].id).toBeLessThan(first.items[1].id);
  });

  it("shows a province administrator only their province's events", async () => {
    const ctAdmin = await t.login('ct.admin');
    const items = (await ctAdmin.get('/api/audit')).json().items as { provinceCodes: string[] }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((e) => e.provinceCodes.includes('92'))).toBe(true);
    expect((await ctAdmin.get('/api/audit?provinceCode=31')).statusCode).toBe(403);
  });

  it('rejects an inverted date range naming the field', async () => {
    const admin = await t.login('bo.admin');
    const response = await admin.get('/api/audit?from=2025-10-30&to=2025-01-01');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([
      { path: 'to', code: 'dateRange', message: 'Ngày bắt đầu phải trước ngày kết thúc' },
    ]);
  });

  it('cannot be altered or deleted', async () => {
    await expect(sql`update audit_log set action = 'x'`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(t.db)).rejects.toThrow(/append-only/);
  });
});
