import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMigrations } from '../../src/db/migrate';
import { startTestApp, type TestApp } from '../helpers/testApp';

describe('system endpoints', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reports health with the database kind and migration version', async () => {
    const response = await t.anonymous().get('/api/health');
    const latest = (await loadMigrations()).length;
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: 'ok',
      database: { kind: process.env.DATABASE_URL ? 'postgresql' : 'pglite', migrationVersion: latest },
    });
  });

  it('serves the OpenAPI description and its UI at /api/docs', async () => {
    const spec = await t.anonymous().get('/api/docs/json');
    expect(spec.statusCode).toBe(200);
    const paths = Object.keys(spec.json().paths);
    expect(paths).toEqual(expect.arrayContaining(['/api/health', '/api/auth/login', '/api/users', '/api/audit']));
    const page = await t.anonymous().get('/api/docs/');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
  });

  it('sends security headers', async () => {
    const response = await t.anonymous().get('/api/health');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['strict-transport-security']).toBeDefined();
  });

  it('answers an unknown API path with the error shape', async () => {
    const response = await t.anonymous().get('/api/nothing-here');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Không tìm thấy', details: [] } });
  });

  it('answers malformed JSON with a 400 in the error shape', async () => {
    const response = await t.anonymous().request({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('FST_ERR_CTP_INVALID_JSON_BODY');
  });

  it('names each invalid field, in Vietnamese by default and in English on request', async () => {
    const vi = await t.anonymous().post('/api/auth/login', { username: '' });
    expect(vi.statusCode).toBe(400);
    const body = vi.json();
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.message).toBe('Dữ liệu không hợp lệ');
    expect(body.error.details).toEqual(
      expect.arrayContaining([
        { path: 'username', code: 'too_small', message: expect.stringContaining('Quá nhỏ') },
        { path: 'password', code: 'required', message: 'Bắt buộc nhập' },
      ]),
    );
    const en = await t.anonymous().request({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
      payload: {},
    });
    expect(en.json().error.message).toBe('The data is not valid');
    expect(en.json().error.details).toContainEqual({ path: 'password', code: 'required', message: 'Required' });
  });
});
