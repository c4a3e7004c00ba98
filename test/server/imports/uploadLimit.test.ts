import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upload } from '../../helpers/importRequests';
import { startTestApp, type Client, type TestApp } from '../../helpers/testApp';
import { USERS } from '../../helpers/factories';

let t: TestApp;
let officer: Client;

beforeAll(async () => {
  t = await startTestApp({ maxUploadBytes: 1_024 });
  await t.createUser(...USERS.ctOfficer);
  officer = await t.login('ct.officer');
});
afterAll(() => t.close());

describe('upload size limit (MAX_UPLOAD_MB)', () => {
  it('refuses a larger file with FILE_TOO_LARGE and keeps nothing of it', async () => {
    const kept = async () => ({
      files: await readdir(t.app.config.uploadDir).catch(() => []),
      batches: (await officer.get('/api/imports')).json(),
    });
    const before = await kept();
    const content = Buffer.from('Họ và tên,Năm sinh\n' + 'Nguyễn Văn An,1970\n'.repeat(200));
    const response = await upload(officer, 'lon.csv', content);
    expect(response.statusCode, response.body).toBe(413);
    expect(response.json().error).toMatchObject({ code: 'FILE_TOO_LARGE' });
    expect(await kept()).toEqual(before);
  });

  it('takes a file within the limit', async () => {
    const response = await upload(officer, 'nho.csv', Buffer.from('Họ và tên,Năm sinh\nNguyễn Văn An,1970\n'));
    expect(response.statusCode, response.body).toBe(201);
  });
});
