import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Client, type TestApp } from '../../helpers/testApp';
import { USERS } from '../../helpers/factories';

const lan = {
  fullName: 'Nguyễn Thị Lan',
  aliases: [{ name: 'Linda Nguyen', kind: 'english' }],
  sex: 'female',
  birthDate: { year: 1985, month: 3 },
  nationalities: ['VN', 'US'],
  residenceCountry: 'US',
  residenceCity: 'San Jose',
  hometownText: 'xã Đại Hải, huyện Kế Sách, tỉnh Sóc Trăng',
  categories: ['settled', 'expert'],
  expertise: ['Nuôi trồng thủy sản'],
  phones: ['(+1) 408-555-1234'],
  emails: ['Lan.Nguyen@Example.com'],
  identityDocuments: [{ type: 'passport', number: 'c 1234 5678', issuingCountry: 'vn' }],
  relatives: [{ fullName: 'Nguyễn Văn Ba', relationship: 'cha', phone: '0912 345 678', provinceCode: '92' }],
};

describe('person records', () => {
  let t: TestApp;
  let officer: Client;
  let viewer: Client;
  beforeAll(async () => {
    t = await startTestApp();
    await t.createUser(...USERS.ctOfficer);
    await t.createUser(...USERS.ctViewer);
    officer = await t.login('ct.officer');
    viewer = await t.login('ct.viewer');
  });
  afterAll(() => t.close());

  it('creates a record with normalised values and the hometown resolved through the 2025 mapping', async () => {
    const response = await officer.post('/api/persons', lan);
    expect(response.statusCode).toBe(201);
    const person = response.json();
    expect(person).toMatchObject({
      fullName: 'Nguyễn Thị Lan',
      hometownProvinceCode: '92',
      hometownLegacyProvinceCode: '94',
      sourceProvinceCode: '92',
      phones: ['+14085551234'],
      emails: ['lan.nguyen@example.com'],
      birthDate: { year: 1985, month: 3 },
      version: 1,
      createdBy: 'ct.officer',
    });
    expect(person.identityDocuments).toEqual([
      { type: 'passport', number: 'C12345678', isMasked: false, issuingCountry: 'VN' },
    ]);
    expect(person.relatives[0]).toMatchObject({ fullName: 'Nguyễn Văn Ba', phone: '+84912345678', provinceCode: '92' });
  });

  it('stores identity numbers encrypted and masks them for a viewer', async () => {
    const created = (await officer.post('/api/persons', { ...lan, fullName: 'Trần Văn Mã Hóa' })).json();
    const stored = await t.db
      .selectFrom('person_identity_document')
      .selectAll()
      .where('person_id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(stored.number_encrypted).not.toContain('12345678');
    expect(stored.number_last4).toBe('5678');
    const seen = (await viewer.get(`/api/persons/${created.id}`)).json();
    expect(seen.identityDocuments[0]).toMatchObject({ number: '••••5678', isMasked: true });
  });

  it('audits every full-record read', async () => {
    const created = (await officer.post('/api/persons', { ...lan, fullName: 'Lê Văn Đọc' })).json();
    await viewer.get(`/api/persons/${created.id}`);
    await officer.get(`/api/persons/${created.id}`);
    const reads = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'person.read')
      .where('entity_id', '=', created.id)
      .orderBy('id')
      .execute();
    // Whether the reader saw the passport number in full (officers) or masked (viewers).
    expect(reads.map((r) => [r.username, r.province_codes, r.details])).toEqual([
      ['ct.viewer', ['92'], { identityUnmasked: false }],
      ['ct.officer', ['92'], { identityUnmasked: true }],
    ]);
  });

  it('keeps a viewer from changing records', async () => {
    expect((await viewer.post('/api/persons', lan)).statusCode).toBe(403);
  });

  it('refuses a stale version with 409 and records who changed what', async () => {
    const created = (await officer.post('/api/persons', { ...lan, fullName: 'Phạm Văn Sửa' })).json();
    const first = await officer.put(`/api/persons/${created.id}`, {
      ...lan,
      fullName: 'Phạm Văn Sửa',
      residenceCity: 'Houston',
      version: 1,
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(2);
    const stale = await officer.put(`/api/persons/${created.id}`, {
      ...lan,
      fullName: 'Phạm Văn Sửa',
      residenceCity: 'Dallas',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details[0]).toMatchObject({ path: 'version', code: 'versionConflict' });

    const history = (await officer.get(`/api/persons/${created.id}/history`)).json();
    expect(history.map((h: { action: string }) => h.action)).toEqual(['update', 'create']);
    expect(history[0]).toMatchObject({ version: 2, changedBy: 'ct.officer' });
    expect(history[0].changes).toEqual([{ field: 'residenceCity', from: 'San Jose', to: 'Houston' }]);
  });

  it('soft-deletes and restores, keeping the record out of the list meanwhile', async () => {
    const created = (await officer.post('/api/persons', { ...lan, fullName: 'Võ Thị Xóa' })).json();
    const deleted = await officer.delete(`/api/persons/${created.id}`);
    expect(deleted.json().deletedAt).not.toBeNull();
    expect((await officer.get('/api/persons?q=vo%20thi%20xoa')).json().items).toHaveLength(0);
    expect((await officer.get('/api/persons?q=vo%20thi%20xoa&deleted=only')).json().items).toHaveLength(1);
    const restored = await officer.post(`/api/persons/${created.id}/restore`);
    expect(restored.json().deletedAt).toBeNull();
    expect((await officer.get('/api/persons?q=vo%20thi%20xoa')).json().items).toHaveLength(1);
    const actions = (await officer.get(`/api/persons/${created.id}/history`))
      .json()
      .map((h: { action: string }) => h.action);
    expect(actions).toEqual(['restore', 'delete', 'create']);
  });
});
