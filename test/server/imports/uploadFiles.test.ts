import { readdir, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expireAbandonedUploads } from '../../../src/server/imports/uploadExpiry';
import { csvOf } from '../../helpers/importFixtures';
import { commitAndWait, upload, uploadAndCheck } from '../../helpers/importRequests';
import { startTestAppWithOfficer, type Client, type TestApp } from '../../helpers/testApp';

const DAY = 86_400_000;

describe('uploaded import files', () => {
  let t: TestApp;
  let officer: Client;
  beforeAll(async () => {
    ({ t, officer } = await startTestAppWithOfficer());
  });
  afterAll(() => t.close());

  const fileOf = (name: string) =>
    Buffer.from(
      csvOf([
        ['Họ và tên', 'Năm sinh'],
        [name, '1970'],
      ]),
    );
  const storedPath = async (id: string) =>
    (await t.db.selectFrom('import_batch').select('stored_path').where('id', '=', id).executeTakeFirstOrThrow())
      .stored_path;
  const expire = () =>
    expireAbandonedUploads(t.db, t.app.config.uploadDir, t.app.config.uploadRetentionMs, t.clock.now());

  it('are readable by the server alone', async () => {
    const { id } = (await upload(officer, 'rieng.csv', fileOf('Lê Văn Riêng'), { sourceProvince: '92' })).json();
    const path = (await storedPath(id))!;
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect((await stat(t.app.config.uploadDir)).mode & 0o777).toBe(0o700);
  });

  it('are deleted once left uncommitted for 30 days, the batch kept as expired; a committed one stays', async () => {
    const start = t.clock.now();
    const waiting = (await upload(officer, 'cho.csv', fileOf('Trần Văn Chờ'), { sourceProvince: '92' })).json();
    const checked = await uploadAndCheck(officer, 'kiem.csv', fileOf('Phạm Văn Kiểm'), { sourceProvince: '92' });
    const committed = await uploadAndCheck(officer, 'ghi.csv', fileOf('Đỗ Văn Ghi'), { sourceProvince: '92' });
    expect((await commitAndWait(t, officer, committed.id)).status).toBe('committed');
    const waitingPath = (await storedPath(waiting.id))!;

    t.clock.set(new Date(start.getTime() + 29 * DAY));
    await expire();
    officer = await t.login('ct.officer'); // the session ended long ago
    expect((await officer.get(`/api/imports/${waiting.id}`)).json().status).toBe('uploaded');

    t.clock.set(new Date(start.getTime() + 31 * DAY));
    await expire();
    officer = await t.login('ct.officer');
    expect((await officer.get(`/api/imports/${committed.id}`)).json().status).toBe('committed');
    for (const id of [waiting.id, checked.id]) {
      expect((await officer.get(`/api/imports/${id}`)).json().status).toBe('expired');
      expect(await storedPath(id)).toBeNull();
    }
    expect(await readdir(t.app.config.uploadDir)).not.toContain(waitingPath.split('/').at(-1));
    expect((await officer.post(`/api/imports/${checked.id}/commit`)).statusCode).toBe(409);
    const expired = await t.db
      .selectFrom('audit_log')
      .select('entity_id')
      .where('action', '=', 'import.expired')
      .execute();
    expect(expired.map((e) => e.entity_id)).toEqual(expect.arrayContaining([waiting.id, checked.id]));
  });

  it('are deleted with their findings when the officer discards the batch; a committed batch is not discarded', async () => {
    const checked = await uploadAndCheck(officer, 'huy.csv', fileOf('Vương Văn Hủy'), { sourceProvince: '92' });
    const path = (await storedPath(checked.id))!;
    const discarded = await officer.post(`/api/imports/${checked.id}/discard`);
    expect(discarded.statusCode, discarded.body).toBe(200);
    expect(discarded.json()).toMatchObject({ status: 'discarded' });
    expect(await storedPath(checked.id)).toBeNull();
    expect(await readdir(t.app.config.uploadDir)).not.toContain(path.split('/').at(-1));
    expect((await officer.get(`/api/imports/${checked.id}/problems`)).json().total).toBe(0);
    expect((await officer.post(`/api/imports/${checked.id}/commit`)).statusCode).toBe(409);
    expect((await officer.post(`/api/imports/${checked.id}/discard`)).statusCode).toBe(409);

    const committed = await uploadAndCheck(officer, 'giu.csv', fileOf('Vương Văn Giữ'), { sourceProvince: '92' });
    await commitAndWait(t, officer, committed.id);
    expect((await officer.post(`/api/imports/${committed.id}/discard`)).statusCode).toBe(409);
  });

  it('are deleted when no batch names them and they are as old', async () => {
    const orphan = join(t.app.config.uploadDir, 'mo-coi.upload');
    await writeFile(orphan, 'Họ và tên\nAi đó\n');
    const old = new Date(t.clock.now().getTime() - 40 * DAY);
    await utimes(orphan, old, old);
    await expire();
    expect(await readdir(t.app.config.uploadDir)).not.toContain('mo-coi.upload');
  });
});
