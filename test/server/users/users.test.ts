import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Client, type TestApp } from '../../helpers/testApp';
import { USERS } from '../../helpers/factories';

describe('user management and jurisdiction', () => {
  let t: TestApp;
  let national: Client;
  let canThoAdmin: Client;
  let canThoOfficer: Client;
  let haiPhongOfficerId: number;

  beforeAll(async () => {
    t = await startTestApp();
    await t.createUser(...USERS.ministry);
    await t.createUser(...USERS.ctAdmin);
    await t.createUser(...USERS.ctOfficer);
    haiPhongOfficerId = await t.createUser(...USERS.hpOfficer);
    national = await t.login('bo.admin');
    canThoAdmin = await t.login('ct.admin');
    canThoOfficer = await t.login('ct.officer');
  });
  afterAll(() => t.close());

  it('shows a national administrator the users of every province', async () => {
    const response = await national.get('/api/users');
    expect(response.statusCode).toBe(200);
    const usernames = response.json().items.map((u: { username: string }) => u.username);
    expect(usernames).toEqual(expect.arrayContaining(['ct.admin', 'ct.officer', 'hp.officer']));
  });

  it("shows a province administrator only their own province's users", async () => {
    const response = await canThoAdmin.get('/api/users?limit=200');
    const items = response.json().items as { username: string; provinceCode: string }[];
    expect(items.map((u) => u.username)).toEqual(expect.arrayContaining(['ct.admin', 'ct.officer']));
    expect(items.every((u) => u.provinceCode === '92')).toBe(true);
    const canTho = await t.db.selectFrom('app_user').select('id').where('province_code', '=', '92').execute();
    expect(response.json().total).toBe(canTho.length);
  });

  it("refuses a province administrator another province's users, by filter or by id", async () => {
    const filtered = await canThoAdmin.get('/api/users?provinceCode=31');
    expect(filtered.statusCode).toBe(403);
    expect(filtered.json().error.code).toBe('OUTSIDE_JURISDICTION');
    expect((await canThoAdmin.get(`/api/users/${haiPhongOfficerId}`)).statusCode).toBe(404);
    expect((await canThoAdmin.patch(`/api/users/${haiPhongOfficerId}`, { displayName: 'x' })).statusCode).toBe(404);
    expect((await canThoAdmin.post(`/api/users/${haiPhongOfficerId}/reset-password`)).statusCode).toBe(404);
  });

  it('refuses a province administrator creating users elsewhere or Ministry accounts', async () => {
    const elsewhere = await canThoAdmin.post('/api/users', {
      username: 'hp.new',
      displayName: 'Hải Phòng',
      role: 'province_officer',
      provinceCode: '31',
    });
    expect(elsewhere.statusCode).toBe(403);
    const ministry = await canThoAdmin.post('/api/users', {
      username: 'bo.new',
      displayName: 'Bộ',
      role: 'national_admin',
    });
    expect(ministry.statusCode).toBe(403);
    const count = await t.db
      .selectFrom('app_user')
      .select('id')
      .where('username', 'in', ['hp.new', 'bo.new'])
      .execute();
    expect(count).toHaveLength(0);
  });

  it("gives a province administrator's new users their province", async () => {
    const response = await canThoAdmin.post('/api/users', {
      username: 'ct.agency',
      displayName: 'Sở Tư pháp Cần Thơ',
      role: 'agency_officer',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().user).toMatchObject({ provinceCode: '92', mustChangePassword: true });
    expect(response.json().oneTimePassword).toMatch(/^[A-Za-z0-9]{16}$/);
  });

  it('keeps a province officer out of user management and the audit log', async () => {
    expect((await canThoOfficer.get('/api/users')).statusCode).toBe(403);
    expect(
      (await canThoOfficer.post('/api/users', { username: 'x.y', displayName: 'x', role: 'viewer' })).statusCode,
    ).toBe(403);
    expect((await canThoOfficer.get('/api/audit')).statusCode).toBe(403);
  });

  it('validates new users field by field', async () => {
    const response = await national.post('/api/users', { username: 'Bad Name!', displayName: '', role: 'emperor' });
    expect(response.statusCode).toBe(400);
    const paths = response
      .json()
      .error.details.map((d: { path: string }) => d.path)
      .sort();
    expect(paths).toEqual(['displayName', 'role', 'username']);
    const noProvince = await national.post('/api/users', {
      username: 'p.o',
      displayName: 'P O',
      role: 'province_officer',
    });
    expect(noProvince.json().error.details).toEqual([
      { path: 'provinceCode', code: 'provinceRequired', message: 'Vai trò này cần chọn tỉnh/thành phố' },
    ]);
    const badProvince = await national.post('/api/users', {
      username: 'p.o',
      displayName: 'P O',
      role: 'province_officer',
      provinceCode: '99',
    });
    expect(badProvince.json().error.details[0]).toMatchObject({ path: 'provinceCode', code: 'unknownProvince' });
  });

  it('refuses a taken username with 409', async () => {
    const response = await national.post('/api/users', { username: 'ct.admin', displayName: 'x', role: 'viewer' });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.details[0]).toMatchObject({ path: 'username', code: 'usernameTaken' });
  });

  it('disabling a user ends their sessions and blocks login; the change is audited', async () => {
    const id = await t.createUser('ct.leaving', 'province_officer', '92');
    const leaving = await t.login('ct.leaving');
    const response = await canThoAdmin.patch(`/api/users/${id}`, { isActive: false });
    expect(response.statusCode).toBe(200);
    expect((await leaving.get('/api/auth/me')).statusCode).toBe(401);
    const login = await t
      .anonymous()
      .post('/api/auth/login', { username: 'ct.leaving', password: 'correct horse battery staple' });
    expect(login.json().error.code).toBe('ACCOUNT_DISABLED');
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'user.update')
      .where('entity_id', '=', String(id))
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ username: 'ct.admin', province_codes: ['92'] });
    expect(audit.details).toEqual({ changes: { is_active: { from: true, to: false } } });
  });

  it('a password reset unlocks the account and issues a new one-time password', async () => {
    const id = await t.createUser('ct.locked', 'province_officer', '92');
    for (let i = 0; i < 5; i++) {
      await t.anonymous().post('/api/auth/login', { username: 'ct.locked', password: 'wrong password' });
    }
    expect((await canThoAdmin.get(`/api/users/${id}`)).json()).toMatchObject({ isLocked: true });
    const response = await canThoAdmin.post(`/api/users/${id}/reset-password`);
    expect(response.statusCode).toBe(200);
    expect(response.json().user).toMatchObject({ isLocked: false, mustChangePassword: true });
    const client = await t.login('ct.locked', response.json().oneTimePassword);
    expect((await client.get('/api/auth/me')).json().user.mustChangePassword).toBe(true);
  });

  it('does not let an administrator demote or disable themselves', async () => {
    const me = (await canThoAdmin.get('/api/auth/me')).json().user.id;
    expect((await canThoAdmin.patch(`/api/users/${me}`, { isActive: false })).statusCode).toBe(403);
    expect((await canThoAdmin.patch(`/api/users/${me}`, { role: 'viewer' })).statusCode).toBe(403);
  });
});
