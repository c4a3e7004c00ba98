import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Client, type TestApp } from '../../helpers/testApp';
import { USERS } from '../../helpers/factories';

const mother = { fullName: 'Trần Thị Mười', relationship: 'mẹ', phone: '0912 000 111', address: 'Ninh Kiều, Cần Thơ' };
const child = (fullName: string, relatives: unknown[]) => ({ fullName, hometownText: 'Cần Thơ', relatives });

describe('relatives (thân nhân) as records of their own', () => {
  let t: TestApp;
  let officer: Client;
  let haiPhong: Client;
  let viewer: Client;
  beforeAll(async () => {
    t = await startTestApp();
    await t.createUser(...USERS.ctOfficer);
    await t.createUser(...USERS.hpOfficer);
    await t.createUser(...USERS.ctViewer);
    officer = await t.login('ct.officer');
    haiPhong = await t.login('hp.officer');
    viewer = await t.login('ct.viewer');
  });
  afterAll(() => t.close());

  async function createPerson(client: Client, body: unknown) {
    const response = await client.post('/api/persons', body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }

  async function twoChildrenOfOneMother() {
    const first = await createPerson(officer, child('Lê Văn Một', [mother]));
    const relativeId = first.relatives[0].id;
    const second = await createPerson(
      officer,
      child('Lê Thị Hai', [{ ...mother, relativeId, relationship: 'mẹ ruột' }]),
    );
    return { first, second, relativeId };
  }

  it('links one relative to two persons, each with their own relationship', async () => {
    const { first, second, relativeId } = await twoChildrenOfOneMother();
    expect(second.relatives[0]).toMatchObject({ id: relativeId, relationship: 'mẹ ruột', phone: '+84912000111' });
    const relative = (await officer.get(`/api/relatives/${relativeId}`)).json();
    expect(relative).toMatchObject({ fullName: 'Trần Thị Mười', personCount: 2 });
    expect(relative.persons.map((p: { id: string }) => p.id).sort()).toEqual([first.id, second.id].sort());
  });

  it("changes a relative's phone and address once, for every person linked to it", async () => {
    const { first, second, relativeId } = await twoChildrenOfOneMother();
    const current = (await officer.get(`/api/relatives/${relativeId}`)).json();
    const updated = await officer.put(`/api/relatives/${relativeId}`, {
      fullName: current.fullName,
      phone: '+84 913 222 333',
      address: 'Cái Răng, Cần Thơ',
      provinceCode: '92',
      version: current.version,
    });
    expect(updated.statusCode, updated.body).toBe(200);
    for (const person of [first, second]) {
      const read = (await officer.get(`/api/persons/${person.id}`)).json();
      expect(read.relatives[0]).toMatchObject({ phone: '+84913222333', address: 'Cái Răng, Cần Thơ' });
    }
    const stale = await officer.put(`/api/relatives/${relativeId}`, { fullName: 'X', version: current.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details[0].path).toBe('version');
  });

  it("updates the shared relative when it is changed in one person's form", async () => {
    const { first, second } = await twoChildrenOfOneMother();
    const edited = await officer.put(`/api/persons/${first.id}`, {
      ...child(first.fullName, [{ ...mother, relativeId: first.relatives[0].id, phone: '0914 444 555' }]),
      version: first.version,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const other = (await officer.get(`/api/persons/${second.id}`)).json();
    expect(other.relatives[0].phone).toBe('+84914444555');
  });

  it('deletes a relative with the last link to it, and keeps one still linked to someone', async () => {
    const { first, second, relativeId } = await twoChildrenOfOneMother();
    const unlink = async (person: { id: string; fullName: string; version: number }) => {
      const response = await officer.put(`/api/persons/${person.id}`, {
        ...child(person.fullName, []),
        version: person.version,
      });
      expect(response.statusCode, response.body).toBe(200);
    };
    await unlink(first);
    expect((await officer.get(`/api/relatives/${relativeId}`)).json().personCount).toBe(1);
    await unlink(second);
    expect((await officer.get(`/api/relatives/${relativeId}`)).statusCode).toBe(404);
  });

  it('finds relatives by name without diacritics and by phone in any format', async () => {
    await twoChildrenOfOneMother();
    const byName = (await officer.get('/api/relatives?q=tran thi muoi')).json();
    expect(byName.total).toBeGreaterThan(0);
    expect(byName.items[0]).toMatchObject({ fullName: 'Trần Thị Mười' });
    const byPhone = (await officer.get(`/api/relatives?phone=${encodeURIComponent('+84 912 000 111')}`)).json();
    expect(byPhone.items.every((r: { phone: string }) => r.phone === '+84912000111')).toBe(true);
    expect(byPhone.total).toBeGreaterThan(0);
  });

  it("keeps another province's relatives out of sight and out of reach", async () => {
    const { relativeId } = await twoChildrenOfOneMother();
    expect((await haiPhong.get(`/api/relatives/${relativeId}`)).statusCode).toBe(404);
    expect((await haiPhong.get('/api/relatives?q=muoi')).json().total).toBe(0);
    const linking = await haiPhong.post('/api/persons', {
      fullName: 'Phạm Văn Ba',
      hometownText: 'Hải Phòng',
      relatives: [{ ...mother, relativeId }],
    });
    expect(linking.statusCode).toBe(400);
    expect(linking.json().error.details[0]).toMatchObject({ path: 'relatives.0.relativeId', code: 'relativeUnknown' });
    expect((await viewer.put(`/api/relatives/${relativeId}`, { fullName: 'X', version: 1 })).statusCode).toBe(403);
  });

  it('audits every read and change of a relative', async () => {
    const { relativeId } = await twoChildrenOfOneMother();
    await officer.get(`/api/relatives/${relativeId}`);
    const actions = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_type', '=', 'relative')
      .where('entity_id', '=', relativeId)
      .execute();
    expect(actions.map((a) => a.action)).toContain('relative.read');
  });
});
