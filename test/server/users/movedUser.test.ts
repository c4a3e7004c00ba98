import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseBody, USERS } from '../../helpers/factories';
import { startTestApp, TEST_PASSWORD, type Client, type TestApp } from '../../helpers/testApp';

describe('a user moved to another province', () => {
  let t: TestApp;
  let national: Client;

  beforeAll(async () => {
    t = await startTestApp();
    await t.createUser(...USERS.ministry);
    national = await t.login(USERS.ministry[0]);
  });
  afterAll(() => t.close());

  /** A Cần Thơ officer with a case of their own, opened before any move. */
  async function officerWithCase(username: string) {
    const id = await t.createUser(username, 'province_officer', '92');
    const officer = await t.login(username);
    const created = await officer.post('/api/cases', caseBody());
    expect(created.statusCode, created.body).toBe(201);
    return { id, officer, theCase: created.json() as { id: string; version: number } };
  }

  it('is signed out everywhere when an administrator changes the province', async () => {
    const { id, officer } = await officerWithCase('ct.moving');
    const moved = await national.patch(`/api/users/${id}`, { provinceCode: '31' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await officer.get('/api/auth/me')).statusCode).toBe(401);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'user.update')
      .where('entity_id', '=', String(id))
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ changes: { province_code: { from: '92', to: '31' } } });
  });

  it('no longer reads or changes the cases assigned in the old province', async () => {
    const { id, officer, theCase } = await officerWithCase('ct.moved');
    // Even with a session that outlived the move (the province changed under it), access follows the province.
    await t.db.updateTable('app_user').set({ province_code: '31' }).where('id', '=', id).execute();
    expect((await officer.get(`/api/cases/${theCase.id}`)).statusCode).toBe(404);
    expect(
      (await officer.put(`/api/cases/${theCase.id}`, { ...caseBody(), version: theCase.version })).statusCode,
    ).toBe(404);
    expect((await officer.post(`/api/cases/${theCase.id}/notes`, { text: 'ghi chú' })).statusCode).toBe(404);
    expect((await officer.get('/api/cases')).json().items).toEqual([]);
    const again = await t.anonymous().post('/api/auth/login', { username: 'ct.moved', password: TEST_PASSWORD });
    expect(again.statusCode).toBe(200);
    await t.db.updateTable('app_user').set({ province_code: '92' }).where('id', '=', id).execute();
    expect((await officer.get(`/api/cases/${theCase.id}`)).statusCode).toBe(200);
  });
});
