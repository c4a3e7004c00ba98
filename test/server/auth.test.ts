import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../helpers/testApp';

async function auditActions(t: TestApp, username: string): Promise<string[]> {
  const rows = await t.db
    .selectFrom('audit_log')
    .select('action')
    .where('username', '=', username)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.action);
}

describe('authentication', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Many sign-ins from one address: the limit per address is tried on an app of its own below.
    t = await startTestApp({ loginAttemptsPerMinute: 1000 });
    await t.createUser('lan', 'province_officer', '92');
    await t.createUser('minh', 'province_officer', '92');
    await t.createUser('hoa', 'province_officer', '31');
  });
  afterAll(() => t.close());

  it('signs in with a httpOnly SameSite=Strict session cookie and answers /me', async () => {
    const response = await t.anonymous().post('/api/auth/login', { username: 'LAN', password: TEST_PASSWORD });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'cn_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
    expect(response.json().user).toMatchObject({ username: 'lan', role: 'province_officer', provinceCode: '92' });

    const client = await t.login('lan');
    const me = await client.get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().user.username).toBe('lan');
  });

  it('refuses a wrong password without saying whether the user exists', async () => {
    const wrong = await t.anonymous().post('/api/auth/login', { username: 'lan', password: 'not the password' });
    const unknown = await t.anonymous().post('/api/auth/login', { username: 'nobody', password: 'not the password' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.json().error).toEqual(wrong.json().error);
  });

  it('locks the account after 5 wrong passwords, refusing even the right one, and audits it', async () => {
    const attempt = (password: string) => t.anonymous().post('/api/auth/login', { username: 'minh', password });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await attempt('wrong password')).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
    const locked = await attempt(TEST_PASSWORD);
    expect(locked.statusCode).toBe(423);
    expect(locked.json().error.code).toBe('ACCOUNT_LOCKED');
    expect(await auditActions(t, 'minh')).toEqual([
      'auth.login_failed',
      'auth.login_failed',
      'auth.login_failed',
      'auth.login_failed',
      'auth.account_locked',
      'auth.login_refused',
    ]);

    // Once the lock has passed (15 minutes), the right password works again.
    t.clock.advance(14 * 60_000);
    expect((await attempt(TEST_PASSWORD)).statusCode).toBe(423);
    t.clock.advance(2 * 60_000);
    expect((await attempt(TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('answers an unknown name exactly as a known one: 401, then 423 from the fifth failure', async () => {
    const statusesOf = async (username: string) => {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) {
        const response = await t.anonymous().post('/api/auth/login', { username, password: 'wrong password' });
        statuses.push(response.statusCode);
      }
      return statuses;
    };
    await t.createUser('khanh', 'province_officer', '92');
    const known = await statusesOf('khanh');
    expect(known).toEqual([401, 401, 401, 401, 423, 423]);
    expect(await statusesOf('khong.co.ai')).toEqual(known);
  });

  it('starts the count again after a right password', async () => {
    await t.createUser('son', 'province_officer', '92');
    const attempt = (password: string) => t.anonymous().post('/api/auth/login', { username: 'son', password });
    for (let i = 0; i < 4; i++) expect((await attempt('wrong password')).statusCode).toBe(401);
    expect((await attempt(TEST_PASSWORD)).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) expect((await attempt('wrong password')).statusCode).toBe(401);
    expect((await attempt(TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('ends a session left unused for its lifetime, and keeps one in use alive', async () => {
    await t.createUser('tam', 'province_officer', '92');
    const client = await t.login('tam');
    for (let i = 0; i < 3; i++) {
      t.clock.advance(7 * 3_600_000); // within the 8 hours, each use slides the end
      expect((await client.get('/api/auth/me')).statusCode).toBe(200);
    }
    t.clock.advance(8 * 3_600_000 + 60_000);
    expect((await client.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('deletes expired sessions from the database', async () => {
    const id = await t.createUser('quang', 'province_officer', '92');
    await t.login('quang');
    t.clock.advance(9 * 3_600_000);
    await t.login('quang');
    const sessions = await t.db.selectFrom('user_session').select('expires_at').where('user_id', '=', id).execute();
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.expires_at.getTime()).toBeGreaterThan(t.clock.now().getTime());
  });

  it('rate-limits login attempts from one address', async () => {
    const limited = await startTestApp();
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 21; i++) {
        statuses.push((await limited.anonymous().post('/api/auth/login', { username: 'x', password: 'y' })).statusCode);
      }
      // Refused one way or another (wrong password, then the name locked) until the address is limited.
      expect(statuses.slice(0, 20).every((s) => s === 401 || s === 423)).toBe(true);
      expect(statuses[20]).toBe(429);
    } finally {
      await limited.close();
    }
  });

  it.each([
    ['a forged token', { 'x-csrf-token': 'forged' }],
    ['no token at all', {}],
  ])('refuses a state-changing request with %s', async (_what, headers) => {
    const client = await t.login('hoa');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: client.cookie!, ...headers },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('CSRF_FAILED');
    expect((await client.get('/api/auth/me')).statusCode).toBe(200);
  });

  it('ends the other sessions when the password changes, and keeps the one it changed in', async () => {
    await t.createUser('phuong', 'province_officer', '92');
    const [laptop, phone] = [await t.login('phuong'), await t.login('phuong')];
    const changed = await laptop.post('/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'một mật khẩu mới dài',
    });
    expect(changed.statusCode, changed.body).toBe(204);
    expect((await phone.get('/api/auth/me')).statusCode).toBe(401);
    expect((await laptop.get('/api/auth/me')).statusCode).toBe(200);
  });

  it('locks the account after 5 wrong current passwords, ending its sessions, as sign-in does', async () => {
    await t.createUser('vinh', 'province_officer', '92');
    const client = await t.login('vinh');
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await client.post('/api/auth/password', {
        currentPassword: 'wrong password',
        newPassword: 'một mật khẩu mới dài',
      });
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([400, 400, 400, 400, 423]);
    expect((await client.get('/api/auth/me')).statusCode).toBe(401);
    const login = await t.anonymous().post('/api/auth/login', { username: 'vinh', password: TEST_PASSWORD });
    expect(login.statusCode).toBe(423);
  });

  it('ends the session on logout', async () => {
    const client = await t.login('hoa');
    expect((await client.post('/api/auth/logout')).statusCode).toBe(204);
    expect((await client.get('/api/auth/me')).statusCode).toBe(401);
    expect(await auditActions(t, 'hoa')).toContain('auth.logout');
  });

  it('makes a user with a one-time password change it before anything else', async () => {
    const admin = await t.login(await adminName(t));
    const created = await admin.post('/api/users', { username: 'thu', displayName: 'Trần Thu', role: 'viewer' });
    expect(created.statusCode).toBe(201);
    const oneTimePassword = created.json().oneTimePassword as string;

    const thu = await t.login('thu', oneTimePassword);
    expect((await thu.get('/api/auth/me')).json().user.mustChangePassword).toBe(true);
    const blocked = await thu.get('/api/dashboard');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');

    const tooShort = await thu.post('/api/auth/password', { currentPassword: oneTimePassword, newPassword: 'short' });
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json().error.details).toEqual([
      { path: 'newPassword', code: 'passwordTooShort', message: 'Mật khẩu phải có ít nhất 10 ký tự' },
    ]);
    const hasName = await thu.post('/api/auth/password', {
      currentPassword: oneTimePassword,
      newPassword: 'thu-1234567890',
    });
    expect(hasName.json().error.details[0]).toMatchObject({ path: 'newPassword', code: 'passwordContainsUsername' });
    const wrongCurrent = await thu.post('/api/auth/password', {
      currentPassword: 'nope',
      newPassword: 'a long new secret',
    });
    expect(wrongCurrent.json().error.details[0]).toMatchObject({
      path: 'currentPassword',
      code: 'wrongCurrentPassword',
    });

    const changed = await thu.post('/api/auth/password', {
      currentPassword: oneTimePassword,
      newPassword: 'a long new secret',
    });
    expect(changed.statusCode).toBe(204);
    expect((await thu.get('/api/dashboard')).statusCode).toBe(200);
    expect(
      (await t.anonymous().post('/api/auth/login', { username: 'thu', password: oneTimePassword })).statusCode,
    ).toBe(401);
    expect((await t.login('thu', 'a long new secret')).csrfToken).toBeTruthy();
  });

  it('answers 401 to an anonymous request for data', async () => {
    const response = await t.anonymous().get('/api/users');
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('UNAUTHENTICATED');
  });
});

async function adminName(t: TestApp): Promise<string> {
  const existing = await t.db
    .selectFrom('app_user')
    .select('username')
    .where('username', '=', 'root')
    .executeTakeFirst();
  if (!existing) await t.createUser('root', 'national_admin');
  return 'root';
}
