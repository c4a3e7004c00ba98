import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personBody, USERS } from '../../helpers/factories';
import { startTestApp, type Client, type TestApp } from '../../helpers/testApp';

describe('hometowns at commune level', () => {
  let t: TestApp;
  let officer: Client;
  beforeAll(async () => {
    t = await startTestApp();
    await t.createUser(...USERS.ctOfficer);
    officer = await t.login('ct.officer');
  });
  afterAll(() => t.close());

  const communeNamed = async (province: string, fullName: string) =>
    (await officer.get(`/api/reference/communes?province=${province}`))
      .json()
      .find((c: { fullName: string }) => c.fullName === fullName);

  it('keeps the text as written and resolves the 2025 commune and province of an old address', async () => {
    const created = await officer.post(
      '/api/persons',
      personBody({ fullName: 'Thạch Thị Sa Rây', hometownText: 'xã Đại Hải, huyện Kế Sách, tỉnh Sóc Trăng' }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const daiHai = await communeNamed('92', 'Xã Đại Hải');
    expect(created.json()).toMatchObject({
      hometownText: 'xã Đại Hải, huyện Kế Sách, tỉnh Sóc Trăng',
      hometownProvinceCode: '92',
      hometownLegacyProvinceCode: '94',
      hometownCommuneCode: daiHai.code,
      hometownCommuneCandidates: [],
    });
    const filtered = (await officer.get(`/api/persons?commune=${daiHai.code}`)).json();
    expect(filtered.items.map((p: { fullName: string }) => p.fullName)).toContain('Thạch Thị Sa Rây');
    const statistics = (await officer.get('/api/statistics?province=92')).json();
    expect(statistics.persons.byCommune).toEqual(expect.arrayContaining([{ code: daiHai.code, count: 1 }]));
  });

  it('keeps the candidates of an old commune split between new ones, until the officer chooses', async () => {
    const hometownText = 'Phường An Hòa, Quận Ninh Kiều, TP Cần Thơ';
    const resolved = (await officer.get(`/api/reference/hometown?text=${encodeURIComponent(hometownText)}`)).json();
    const person = (await officer.post('/api/persons', personBody({ fullName: 'Lâm Văn Chia', hometownText }))).json();
    expect(person.hometownCommuneCode).toBe(resolved.communeCode);
    expect(person.hometownCommuneCandidates).toEqual(resolved.communeCandidates.map((c: { code: string }) => c.code));
    const chosen = (await communeNamed('92', 'Phường Cái Khế')).code;
    const updated = await officer.put(`/api/persons/${person.id}`, {
      ...personBody({ fullName: 'Lâm Văn Chia', hometownText, hometownCommuneCode: chosen }),
      version: person.version,
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ hometownCommuneCode: chosen, hometownCommuneCandidates: [] });
  });

  it('resolves a relative\u2019s address to its 2025 commune', async () => {
    const address = 'ấp 3, xã Đại Hải, huyện Kế Sách, tỉnh Sóc Trăng';
    const relatives = [{ fullName: 'Thạch Văn Sang', relationship: 'cha', address, provinceCode: '92' }];
    const person = (await officer.post('/api/persons', personBody({ fullName: 'Thạch Văn Sơn', relatives }))).json();
    const daiHai = await communeNamed('92', 'Xã Đại Hải');
    expect(person.relatives).toEqual([expect.objectContaining({ address, communeCode: daiHai.code })]);
  });

  it('refuses a commune that does not exist or lies outside the hometown province', async () => {
    const unknown = await officer.post('/api/persons', personBody({ hometownCommuneCode: '99999' }));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details).toEqual([expect.objectContaining({ path: 'hometownCommuneCode' })]);
    const baDinh = (await communeNamed('01', 'Phường Ba Đình')).code;
    const elsewhere = await officer.post('/api/persons', personBody({ hometownCommuneCode: baDinh }));
    expect(elsewhere.statusCode).toBe(400);
  });
});
