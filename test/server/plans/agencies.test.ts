import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Client, type TestApp } from '../../helpers/testApp';
import { USERS } from '../../helpers/factories';

describe('agencies (cơ quan, đơn vị) and the users who report for them', () => {
  let t: TestApp;
  let admin: Client;
  let haiPhong: Client;
  let national: Client;
  let officer: Client;
  beforeAll(async () => {
    t = await startTestApp();
    await t.createUser(...USERS.ctAdmin);
    await t.createUser(...USERS.hpAdmin);
    await t.createUser(...USERS.ministry);
    await t.createUser(...USERS.ctOfficer);
    admin = await t.login('ct.admin');
    haiPhong = await t.login('hp.admin');
    national = await t.login(USERS.ministry[0]);
    officer = await t.login('ct.officer');
  });
  afterAll(() => t.close());

  it("keeps a province's agencies, one coordinator, each name once", async () => {
    const snv = await admin.post('/api/agencies', { name: 'Sở Ngoại vụ', isCoordinator: true });
    expect(snv.json()).toMatchObject({ provinceCode: '92', isCoordinator: true });
    const second = await admin.post('/api/agencies', { name: 'Văn phòng UBND', isCoordinator: true });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.details[0].path).toBe('isCoordinator');
    const same = await admin.post('/api/agencies', { name: 'SỞ NGOẠI VỤ' });
    expect(same.json().error.details[0]).toMatchObject({ path: 'name', code: 'agencyExists' });
    expect((await haiPhong.post('/api/agencies', { name: 'Sở Ngoại vụ', isCoordinator: true })).statusCode).toBe(201);
    expect((await haiPhong.post('/api/agencies', { name: 'X', provinceCode: '92' })).statusCode).toBe(403);
    expect((await officer.post('/api/agencies', { name: 'Y' })).statusCode).toBe(403);
    const national_body = await national.post('/api/agencies', {
      name: 'Ủy ban Nhà nước về người Việt Nam ở nước ngoài',
    });
    expect(national_body.json().provinceCode).toBeNull();
    const own = (await admin.get('/api/agencies')).json() as { id: string; name: string }[];
    const [listed, listedIds] = [own.map((a) => a.name), own.map((a) => a.id)];
    // Its own and the national bodies; none of Hải Phòng's.
    expect(listed).toEqual(expect.arrayContaining(['Sở Ngoại vụ', 'Ủy ban Nhà nước về người Việt Nam ở nước ngoài']));
    const haiPhongOnly = (await haiPhong.get('/api/agencies'))
      .json()
      .filter((a: { provinceCode: string }) => a.provinceCode === '31');
    expect(haiPhongOnly.every((a: { id: string }) => !listedIds.includes(a.id))).toBe(true);
  });

  it('gives a user an agency of their own province only', async () => {
    const police = (await admin.post('/api/agencies', { name: 'Công an thành phố' })).json();
    const created = await admin.post('/api/users', {
      username: 'ct.police',
      displayName: 'Công an',
      role: 'agency_officer',
      agencyId: police.id,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().user.agencyId).toBe(police.id);
    const hpAgency = (await haiPhong.post('/api/agencies', { name: 'Sở Tư pháp thành phố Hải Phòng' })).json();
    const wrong = await admin.post('/api/users', {
      username: 'ct.wrong',
      displayName: 'Sai',
      role: 'agency_officer',
      agencyId: hpAgency.id,
    });
    expect(wrong.json().error.details[0]).toMatchObject({ path: 'agencyId', code: 'agencyUnknown' });
  });
});
