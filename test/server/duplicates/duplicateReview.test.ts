import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Client, type TestApp } from '../../helpers/testApp';
import { USERS } from '../../helpers/factories';
import { giveConsent } from '../../helpers/consent';
import { syntheticPersons } from '../../../src/server/demo/syntheticPersons';
import { bulkInsertPersons } from '../../../src/server/persons/writes/bulkPersonWrites';

const LAN = {
  fullName: 'Nguyễn Thị Lan',
  sex: 'female',
  birthDate: { year: 1980, month: 3, day: 15 },
  hometownText: 'Cần Thơ',
  residenceCountry: 'US',
  phones: ['+14085550101'],
  relatives: [{ fullName: 'Nguyễn Văn Ba', relationship: 'cha' }],
};
// The same woman as a Hải Phòng association wrote her down: Western order, no diacritics, English name.
const LINDA = {
  fullName: 'Lan Thi Nguyen (Linda)',
  sex: 'female',
  birthDate: { year: 1980, month: 3, day: 15 },
  hometownText: 'Cần Thơ',
  residenceCountry: 'CA',
  emails: ['linda@example.com'],
  identityDocuments: [{ type: 'passport', number: 'C7654321', issuingCountry: 'VN' }],
  relatives: [{ fullName: 'Trần Thị Tư', relationship: 'mẹ' }],
};

describe('duplicate review', () => {
  let t: TestApp;
  let canTho: Client;
  let haiPhong: Client;
  let national: Client;
  let viewer: Client;

  const pairsOf = async (client: Client, query = '') => (await client.get(`/api/duplicates${query}`)).json();

  beforeAll(async () => {
    t = await startTestApp();
    await t.createUser(...USERS.ctOfficer);
    await t.createUser(...USERS.hpOfficer);
    await t.createUser(...USERS.ministry);
    await t.createUser(...USERS.nationalViewer);
    canTho = await t.login('ct.officer');
    haiPhong = await t.login('hp.officer');
    national = await t.login('bo.admin');
    viewer = await t.login(USERS.nationalViewer[0]);
  });
  afterAll(() => t.close());

  // Each pair of its own name: records of one test do not pair with another's.
  const givenNames = ['Lan', 'Mai', 'Hoa', 'Thu', 'Kim', 'Yen', 'Nga'];
  async function createPair() {
    const given = givenNames.shift()!;
    const a = (await canTho.post('/api/persons', { ...LAN, fullName: `Nguyễn Thị ${given}` })).json();
    const b = (await canTho.post('/api/persons', { ...LINDA, fullName: `${given} Thi Nguyen (Linda)` })).json();
    const { items } = await pairsOf(canTho, `?personId=${b.id}`);
    expect(items).toHaveLength(1);
    return { pair: items[0], ids: [a.id, b.id] as string[], names: [a.fullName, b.fullName] as string[] };
  }

  it('proposes a record as a duplicate when it is created, with the evidence', async () => {
    const { pair, ids, names } = await createPair();
    expect([pair.a.id, pair.b.id].sort()).toEqual([...ids].sort());
    expect(pair.status).toBe('open');
    expect(pair.score).toBeGreaterThanOrEqual(3);
    const factors = pair.evidence.map((e: { factor: string }) => e.factor);
    expect(factors).toEqual(
      expect.arrayContaining(['fullName', 'birthYear', 'birthDate', 'sex', 'hometown', 'countryDiffers']),
    );
    const detail = (await canTho.get(`/api/duplicates/${pair.id}`)).json();
    expect([detail.persons.a.fullName, detail.persons.b.fullName].sort()).toEqual([...names].sort());
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'duplicate.read')
      .where('entity_id', '=', String(pair.id))
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('counts a hometown written with the former province (Sóc Trăng) as the same as the new one (Cần Thơ)', async () => {
    const first = (
      await canTho.post('/api/persons', { ...LAN, fullName: 'Lâm Thị Diệu', hometownText: 'Cần Thơ' })
    ).json();
    await canTho.post('/api/persons', { ...LAN, fullName: 'Lam Thi Dieu', hometownText: 'Sóc Trăng' });
    const [pair] = (await pairsOf(canTho, `?personId=${first.id}`)).items;
    const factors = pair.evidence.map((e: { factor: string }) => e.factor);
    expect(factors).toContain('hometown');
    expect(factors).not.toContain('hometownDiffers');
  });

  it('does not propose two people who share a common name and birth year but not a birth date', async () => {
    const first = (
      await canTho.post('/api/persons', {
        ...LAN,
        fullName: 'Trần Văn Hùng',
        birthDate: { year: 1975, month: 1, day: 2 },
      })
    ).json();
    await canTho.post('/api/persons', {
      ...LAN,
      fullName: 'Trần Văn Hùng',
      birthDate: { year: 1975, month: 6, day: 20 },
      phones: [],
    });
    expect((await pairsOf(canTho, `?personId=${first.id}`)).items).toHaveLength(0);
  });

  it('merges a pair keeping every alias, contact and relative, and undoes it', async () => {
    const { pair, names } = await createPair();
    const detail = (await canTho.get(`/api/duplicates/${pair.id}`)).json();
    const keepSide = detail.persons.a.fullName === names[0] ? 'a' : 'b';
    const otherSide = keepSide === 'a' ? 'b' : 'a';
    // The two records hold her decisions on two purposes: the kept one comes to hold both.
    await giveConsent(canTho, detail.persons[keepSide].id, ['registry']);
    await giveConsent(canTho, detail.persons[otherSide].id, ['contact']);
    const merge = await canTho.post(`/api/duplicates/${pair.id}/merge`, {
      keep: keepSide,
      choices: { residenceCountry: otherSide },
      versions: { a: detail.persons.a.version, b: detail.persons.b.version },
    });
    expect(merge.statusCode).toBe(200);
    expect(merge.json().status).toBe('merged');
    const keptId = detail.persons[keepSide].id;
    const mergedId = detail.persons[otherSide].id;
    const kept = (await canTho.get(`/api/persons/${keptId}`)).json();
    expect(kept).toMatchObject({
      fullName: names[0],
      residenceCountry: 'CA',
      phones: LAN.phones,
      emails: LINDA.emails,
    });
    // The name not kept stays as an alias: a search by it still finds her.
    expect(kept.aliases.map((a: { name: string }) => a.name)).toEqual([names[1]]);
    expect(kept.relatives.map((r: { fullName: string }) => r.fullName).sort()).toEqual([
      'Nguyễn Văn Ba',
      'Trần Thị Tư',
    ]);
    expect(kept.identityDocuments).toHaveLength(1);
    expect(kept.consents).toMatchObject({ registry: 'given', contact: 'given' });
    expect((await canTho.get(`/api/persons/${mergedId}`)).json().deletedAt).not.toBeNull();
    const history = (await canTho.get(`/api/persons/${keptId}/history`)).json();
    expect(history[0].action).toBe('merge');
    // A merged pair is not decided again, only undone.
    expect((await canTho.post(`/api/duplicates/${pair.id}/decision`, { decision: 'deferred' })).statusCode).toBe(409);

    const undo = await canTho.post(`/api/duplicates/${pair.id}/undo-merge`);
    expect(undo.statusCode).toBe(200);
    expect(undo.json().status).toBe('open');
    const restored = (await canTho.get(`/api/persons/${keptId}`)).json();
    expect(restored).toMatchObject({ residenceCountry: 'US', emails: [], aliases: [] });
    expect(restored.consents).toMatchObject({ registry: 'given', contact: 'unknown' });
    expect(restored.relatives.map((r: { fullName: string }) => r.fullName)).toEqual(['Nguyễn Văn Ba']);
    expect((await canTho.get(`/api/persons/${mergedId}`)).json()).toMatchObject({
      deletedAt: null,
      emails: LINDA.emails,
    });
    expect((await canTho.post(`/api/duplicates/${pair.id}/undo-merge`)).json().error.code).toBe('PAIR_DECIDED');
  });

  it('refuses a merge against records changed since they were shown, and an undo after the kept record changed', async () => {
    const { pair } = await createPair();
    const detail = (await canTho.get(`/api/duplicates/${pair.id}`)).json();
    const stale = await canTho.post(`/api/duplicates/${pair.id}/merge`, {
      keep: 'a',
      versions: { a: detail.persons.a.version + 1, b: detail.persons.b.version },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details[0].path).toBe('versions.a');
    await canTho.post(`/api/duplicates/${pair.id}/merge`, {
      keep: 'a',
      versions: { a: detail.persons.a.version, b: detail.persons.b.version },
    });
    const kept = (await canTho.get(`/api/persons/${detail.persons.a.id}`)).json();
    const {
      id: _id,
      version,
      createdAt: _c,
      createdBy: _cb,
      updatedAt: _u,
      updatedBy: _ub,
      deletedAt: _d,
      hometownLegacyProvinceCode: _l,
      ...input
    } = kept;
    const relatives = input.relatives.map(({ id: _rid, ...r }: { id: string }) => r);
    const edit = await canTho.put(`/api/persons/${kept.id}`, {
      ...input,
      relatives,
      identityDocuments: [],
      notes: 'sửa sau khi gộp',
      version,
    });
    expect(edit.statusCode).toBe(200);
    const undo = await canTho.post(`/api/duplicates/${pair.id}/undo-merge`);
    expect(undo.statusCode).toBe(409);
    expect(undo.json().error.code).toBe('CHANGED_SINCE_MERGE');
  });

  it('remembers not-a-duplicate: the pair is never proposed again, even after a whole-registry check', async () => {
    const { pair, ids } = await createPair();
    const decided = await canTho.post(`/api/duplicates/${pair.id}/decision`, { decision: 'not_duplicate' });
    expect(decided.json()).toMatchObject({ status: 'not_duplicate', decidedBy: expect.any(String) });
    expect((await pairsOf(canTho, `?personId=${ids[1]}`)).items).toHaveLength(0);
    expect((await national.post('/api/duplicates/check')).statusCode).toBe(202);
    await t.app.duplicateCheckRunner.idle();
    const run = (await national.get('/api/duplicates/check')).json();
    expect(run).toMatchObject({ running: false, error: null });
    expect(run.pairs).toBeGreaterThan(0);
    expect((await pairsOf(canTho, `?personId=${ids[1]}`)).items).toHaveLength(0);
    expect((await pairsOf(canTho, `?status=not_duplicate&personId=${ids[1]}`)).items).toHaveLength(1);
  });

  it('finds, in a whole-registry check, one name from one commune with a birth year one off or unknown', async () => {
    const next = syntheticPersons(19);
    const written = (birthDate: { year: number } | null) => ({
      ...next(),
      fullName: 'Âu Thị Ngọc Bích',
      sex: 'female' as const,
      birthDate,
      hometownText: 'Phường Cái Khế, Cần Thơ',
      hometownProvinceCode: '92',
      hometownCommuneCode: '31120',
      residenceCountry: 'AU',
      residenceCity: 'Sydney',
      sourceProvinceCode: '92',
      phones: [],
      emails: [],
      identityDocuments: [],
      relatives: [],
    });
    // Stored without a check (as a data load): only the whole-registry check can pair them.
    const ids = await bulkInsertPersons(
      t.db,
      t.app.identityCrypto,
      [written({ year: 1950 }), written({ year: 1951 }), written(null), written({ year: 1953 })],
      null,
    );
    expect((await national.post('/api/duplicates/check')).statusCode).toBe(202);
    await t.app.duplicateCheckRunner.idle();
    const pairedWith = async (id: string) =>
      (await pairsOf(canTho, `?personId=${id}`)).items.map((p: { a: { id: string }; b: { id: string } }) =>
        p.a.id === id ? p.b.id : p.a.id,
      );
    expect((await pairedWith(ids[0]!)).sort()).toEqual([ids[1], ids[2]].sort());
    expect(await pairedWith(ids[3]!)).toEqual([ids[2]]);
  });

  it('defers a pair and opens it again', async () => {
    const { pair } = await createPair();
    expect((await canTho.post(`/api/duplicates/${pair.id}/decision`, { decision: 'deferred' })).json().status).toBe(
      'deferred',
    );
    expect((await pairsOf(canTho, '?status=deferred')).items.map((p: { id: number }) => p.id)).toContain(pair.id);
    expect((await canTho.post(`/api/duplicates/${pair.id}/decision`, { decision: 'open' })).json().status).toBe('open');
    const bad = await canTho.post(`/api/duplicates/${pair.id}/decision`, { decision: 'maybe' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('decision');
  });

  it('leaves cross-province pairs to national administrators', async () => {
    const a = (
      await canTho.post('/api/persons', { ...LAN, fullName: 'Phạm Minh Khôi', hometownText: 'Cần Thơ' })
    ).json();
    await haiPhong.post('/api/persons', {
      ...LAN,
      fullName: 'Pham Minh Khoi',
      hometownText: 'Hải Phòng',
      phones: LAN.phones,
    });
    const canThoView = await pairsOf(canTho, `?personId=${a.id}`);
    expect(canThoView.items).toHaveLength(0);
    expect(canThoView.crossProvince).toBeGreaterThan(0);
    const [pair] = (await pairsOf(national, `?personId=${a.id}`)).items;
    expect(pair).toBeDefined();
    expect((await canTho.get(`/api/duplicates/${pair.id}`)).json().error.code).toBe('OUTSIDE_JURISDICTION');
    expect((await haiPhong.post(`/api/duplicates/${pair.id}/decision`, { decision: 'deferred' })).statusCode).toBe(403);
    expect((await national.get(`/api/duplicates/${pair.id}`)).statusCode).toBe(200);
  });

  it('keeps viewers and province officers out of what is not theirs', async () => {
    expect((await viewer.get('/api/duplicates')).statusCode).toBe(403);
    expect((await canTho.post('/api/duplicates/check')).statusCode).toBe(403);
    expect((await canTho.get('/api/duplicates/999999')).statusCode).toBe(404);
  });
});
