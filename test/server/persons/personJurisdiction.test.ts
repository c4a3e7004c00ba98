import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Client, type TestApp } from '../../helpers/testApp';
import { USERS } from '../../helpers/factories';

describe('person jurisdiction', () => {
  let t: TestApp;
  let canTho: Client;
  let haiPhong: Client;
  let national: Client;
  let agency: Client;
  let canThoPersonId: string;
  let sharedPersonId: string;

  beforeAll(async () => {
    t = await startTestApp();
    await t.createUser(...USERS.ctOfficer);
    await t.createUser(...USERS.hpOfficer);
    await t.createUser(...USERS.ministry);
    await t.createUser(...USERS.ctAgency);
    canTho = await t.login('ct.officer');
    haiPhong = await t.login('hp.officer');
    national = await t.login('bo.admin');
    agency = await t.login('ct.agency');
    canThoPersonId = (await canTho.post('/api/persons', { fullName: 'Lý Văn Cần', hometownText: 'Cần Thơ' })).json().id;
    // Recorded by Hải Phòng for a person whose hometown is Cần Thơ: both provinces see it.
    sharedPersonId = (
      await haiPhong.post('/api/persons', { fullName: 'Đỗ Thị Chung', hometownText: 'Sóc Trăng' })
    ).json().id;
  });
  afterAll(() => t.close());

  it("hides another province's records from lists and reads", async () => {
    const list = (await haiPhong.get('/api/persons')).json();
    expect(list.items.map((p: { id: string }) => p.id)).toEqual([sharedPersonId]);
    expect(list.total).toBe(1);
    expect((await haiPhong.get(`/api/persons/${canThoPersonId}`)).statusCode).toBe(404);
    expect((await haiPhong.get(`/api/persons/${canThoPersonId}/history`)).statusCode).toBe(404);
  });

  it("refuses changes to another province's records", async () => {
    const update = await haiPhong.put(`/api/persons/${canThoPersonId}`, { fullName: 'Đổi Tên', version: 1 });
    expect(update.statusCode).toBe(404);
    expect((await haiPhong.delete(`/api/persons/${canThoPersonId}`)).statusCode).toBe(404);
    const stored = await t.db
      .selectFrom('person')
      .select('full_name')
      .where('id', '=', canThoPersonId)
      .executeTakeFirstOrThrow();
    expect(stored.full_name).toBe('Lý Văn Cần');
  });

  it('refuses creating a record that belongs to another province only', async () => {
    const response = await haiPhong.post('/api/persons', {
      fullName: 'Ngoài Địa Bàn',
      hometownText: 'Cần Thơ',
      sourceProvinceCode: '92',
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('OUTSIDE_JURISDICTION');
  });

  it('shows a record to both the hometown and the recording province', async () => {
    expect((await canTho.get(`/api/persons/${sharedPersonId}`)).statusCode).toBe(200);
    expect((await haiPhong.get(`/api/persons/${sharedPersonId}`)).statusCode).toBe(200);
  });

  it('shows a national administrator everything', async () => {
    expect((await national.get('/api/persons')).json().total).toBe(2);
  });

  it('keeps an agency officer out of the registry', async () => {
    expect((await agency.get('/api/persons')).statusCode).toBe(403);
  });
});

describe('person counts', () => {
  it('counts by country and province within the jurisdiction', async () => {
    const t = await startTestApp();
    try {
      await t.createUser(...USERS.ctOfficer);
      await t.createUser(...USERS.hpOfficer);
      const canTho = await t.login('ct.officer');
      const haiPhong = await t.login('hp.officer');
      await canTho.post('/api/persons', { fullName: 'Một Người', residenceCountry: 'US', hometownText: 'Cần Thơ' });
      await canTho.post('/api/persons', { fullName: 'Hai Người', residenceCountry: 'US', hometownText: 'Sóc Trăng' });
      await canTho.post('/api/persons', { fullName: 'Ba Người', residenceCountry: 'JP', hometownText: 'Cần Thơ' });
      await haiPhong.post('/api/persons', { fullName: 'Bốn Người', residenceCountry: 'DE', hometownText: 'Hải Phòng' });
      const stats = (await canTho.get('/api/persons/stats')).json();
      expect(stats.byCountry).toEqual([
        { code: 'US', count: 2 },
        { code: 'JP', count: 1 },
      ]);
      expect(stats.byProvince).toEqual([{ code: '92', count: 3 }]);
    } finally {
      await t.close();
    }
  });
});

describe('person counts after changes', () => {
  it('follow moves, deletes and restores', async () => {
    const t = await startTestApp();
    try {
      await t.createUser(...USERS.ministry);
      const admin = await t.login('bo.admin');
      const a = (
        await admin.post('/api/persons', { fullName: 'Người A', residenceCountry: 'US', hometownText: 'Cần Thơ' })
      ).json();
      const b = (
        await admin.post('/api/persons', { fullName: 'Người B', residenceCountry: 'US', hometownText: 'Cần Thơ' })
      ).json();
      await admin.put(`/api/persons/${a.id}`, {
        fullName: 'Người A',
        residenceCountry: 'FR',
        hometownText: 'Cần Thơ',
        version: 1,
      });
      await admin.delete(`/api/persons/${b.id}`);
      let stats = (await admin.get('/api/persons/stats')).json();
      expect(stats.byCountry).toEqual([{ code: 'FR', count: 1 }]);
      await admin.post(`/api/persons/${b.id}/restore`);
      stats = (await admin.get('/api/persons/stats')).json();
      expect(stats.byCountry).toEqual([
        { code: 'FR', count: 1 },
        { code: 'US', count: 1 },
      ]);
      expect(stats.byProvince).toEqual([{ code: '92', count: 2 }]);
    } finally {
      await t.close();
    }
  });
});
