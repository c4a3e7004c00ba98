import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AFFAIRS_REGISTERS } from '../../../src/domain/registers/affairsRegisters';
import { USERS, associationBody, personBody, registerRecordBody } from '../../helpers/factories';
import { csvOf } from '../../helpers/importFixtures';
import { upload } from '../../helpers/importRequests';
import { multipart } from '../../helpers/multipart';
import { startTestApp, type Client, type TestApp } from '../../helpers/testApp';

type Entry = { action: string; username: string; entityId: string | null; provinceCodes: string[]; details: object };

describe('whose audit an action is in', () => {
  let t: TestApp;
  let officer: Client;
  let canThoAdmin: Client;
  let haiPhongAdmin: Client;
  let haiPhongOfficer: Client;
  let national: Client;
  let viewer: Client;

  beforeAll(async () => {
    t = await startTestApp();
    await t.createUser(...USERS.ctOfficer);
    await t.createUser(...USERS.ctAdmin);
    await t.createUser(...USERS.hpAdmin);
    await t.createUser(...USERS.hpOfficer);
    await t.createUser(...USERS.ministry);
    await t.createUser(...USERS.ctViewer);
    officer = await t.login('ct.officer');
    canThoAdmin = await t.login('ct.admin');
    haiPhongAdmin = await t.login('hp.admin');
    haiPhongOfficer = await t.login('hp.officer');
    national = await t.login('bo.admin');
    viewer = await t.login('ct.viewer');
  });
  afterAll(() => t.close());

  /** The entries an administrator sees in Nhật ký truy cập, newest first. */
  const auditSeenBy = async (admin: Client, query: string): Promise<Entry[]> => {
    const response = await admin.get(`/api/audit?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json().items;
  };
  const created = async (client: Client, url: string, body: object) => {
    const response = await client.post(url, body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };

  it("shows a province administrator their officers' exports of persons, associations and experts", async () => {
    for (const url of ['/api/persons/export.csv', '/api/associations/export.csv', '/api/experts/export.csv']) {
      expect((await officer.get(url)).statusCode).toBe(200);
    }
    const actions = (await auditSeenBy(canThoAdmin, 'userId=' + (await idOf(officer)))).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['person.export', 'association.export', 'expert.export']));
    expect((await auditSeenBy(haiPhongAdmin, 'action=person.export')).map((e) => e.username)).not.toContain(
      'ct.officer',
    );
  });

  it('puts a change in the audit of the hometown and of the source province', async () => {
    const person = await created(
      officer,
      '/api/persons',
      personBody({ fullName: 'Phạm Văn Hai Nơi', hometownText: 'Hải Phòng' }),
    );
    expect(person).toMatchObject({ hometownProvinceCode: '31', sourceProvinceCode: '92' });
    for (const admin of [canThoAdmin, haiPhongAdmin]) {
      const entries = await auditSeenBy(admin, `entityId=${person.id}`);
      expect(entries.map((e) => e.action)).toContain('person.create');
    }
  });

  it("shows a merge and its undo by the Ministry to the administrators of both persons' provinces", async () => {
    const lan = personBody({ fullName: 'Võ Thị Hạnh', birthDate: { year: 1979, month: 4, day: 2 } });
    const a = await created(officer, '/api/persons', lan);
    const b = await created(officer, '/api/persons', { ...lan, fullName: 'Hanh Thi Vo', hometownText: 'Hải Phòng' });
    const [pair] = (await national.get(`/api/duplicates?personId=${b.id}`)).json().items;
    const merged = await national.post(`/api/duplicates/${pair.id}/merge`, {
      keep: pair.a.id === a.id ? 'a' : 'b',
      choices: {},
      versions: { a: 1, b: 1 },
    });
    expect(merged.statusCode, merged.body).toBe(200);
    expect((await national.post(`/api/duplicates/${pair.id}/undo-merge`)).statusCode).toBe(200);
    for (const admin of [canThoAdmin, haiPhongAdmin]) {
      const actions = (await auditSeenBy(admin, `entityId=${pair.id}`)).map((e) => e.action);
      expect(actions).toEqual(expect.arrayContaining(['duplicate.merge', 'duplicate.unmerge']));
    }
  });

  it('audits reads that show personal data: history, members, contacts, files, import findings', async () => {
    const person = await created(officer, '/api/persons', personBody({ fullName: 'Đỗ Văn Đọc' }));
    expect((await officer.get(`/api/persons/${person.id}/history`)).statusCode).toBe(200);
    const association = await created(
      officer,
      '/api/associations',
      associationBody({ name: 'Hội người Việt tại Nagoya' }),
    );
    expect(
      (await officer.post(`/api/associations/${association.id}/members`, { personId: person.id })).statusCode,
    ).toBe(200);
    expect((await officer.get(`/api/associations/${association.id}`)).statusCode).toBe(200);
    expect((await officer.get(`/api/persons/${person.id}/expert/contacts`)).statusCode).toBe(200);
    const agreements = AFFAIRS_REGISTERS.find((s) => s.key === 'agreements')!;
    const { record } = await created(officer, '/api/agreements', registerRecordBody(agreements, {}));
    const file = multipart({}, { name: 'ban-ky.pdf', content: Buffer.from('%PDF-1.4 thỏa thuận') });
    const note = await officer.request({ method: 'POST', url: `/api/agreements/${record.id}/files`, ...file });
    expect(note.statusCode, note.body).toBe(200);
    const fileId = note.json().files[0].id;
    expect((await officer.get(`/api/agreements/${record.id}/files/${fileId}`)).statusCode).toBe(200);
    const batch = (
      await upload(
        officer,
        'ds.csv',
        Buffer.from(
          csvOf([
            ['Họ và tên', 'Ngày sinh'],
            ['Lê Văn X', 'x'],
          ]),
        ),
      )
    ).json();
    expect((await officer.post(`/api/imports/${batch.id}/check`)).statusCode).toBe(200);
    expect((await officer.get(`/api/imports/${batch.id}/problems`)).statusCode).toBe(200);
    expect((await officer.get(`/api/imports/${batch.id}/report.xlsx`)).statusCode).toBe(200);

    const actions = (await auditSeenBy(canThoAdmin, `userId=${await idOf(officer)}&limit=500`)).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'person.history',
        'association.read',
        'expert.contacts',
        'agreement.file_read',
        'import.problems',
        'import.report',
      ]),
    );
  });

  it("audits a refused attempt, in the audit of the record's province as well as the user's", async () => {
    const person = await created(officer, '/api/persons', personBody({ fullName: 'Trần Văn Kín' }));
    expect((await haiPhongOfficer.get(`/api/persons/${person.id}`)).statusCode).toBe(404);
    expect((await viewer.get('/api/persons/export.csv')).statusCode).toBe(403);
    const refused = (await auditSeenBy(canThoAdmin, 'action=access.denied')).map((e) => [e.username, e.entityId]);
    expect(refused).toEqual(
      expect.arrayContaining([
        ['hp.officer', person.id],
        ['ct.viewer', null],
      ]),
    );
    const haiPhong = await auditSeenBy(haiPhongAdmin, 'action=access.denied');
    expect(haiPhong.find((e) => e.entityId === person.id)).toMatchObject({
      username: 'hp.officer',
      details: { method: 'GET', route: '/api/persons/:id', status: 404, code: 'NOT_FOUND' },
    });
  });

  const idOf = async (client: Client) => (await client.get('/api/auth/me')).json().user.id as number;
});
