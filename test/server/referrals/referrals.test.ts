import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USERS, missionBody, personBody, planBody, reportBody } from '../../helpers/factories';
import { giveConsent } from '../../helpers/consent';
import { startTestApp, type Client, type TestApp } from '../../helpers/testApp';

const NINH_KIEU = '31135';

/** A consular registration's body: a citizen of Cần Thơ living in Japan, with the form's consents. */
const registration = (person: object, given: readonly string[] = ['registry', 'sharing']) => ({
  person: personBody({
    residenceCountry: 'JP',
    residenceCity: 'Osaka',
    hometownText: 'Phường Ninh Kiều, Cần Thơ',
    ...person,
  }),
  formNumber: '125/2026/ĐKCD',
  registeredOn: '2026-11-20',
  consents: ['registry', 'contact', 'expert', 'sharing', 'publication'].map((purpose) => ({
    purpose,
    decision: given.includes(purpose) ? 'given' : 'refused',
  })),
});

// A mission abroad registers a citizen, opens a protection case and refers it to the home
// province, which accepts it and records the outcome; the consent to sharing gates each step.
describe('missions abroad and referrals to the home province', () => {
  let t: TestApp;
  let ministry: Client;
  let tokyo: Client;
  let ctAdmin: Client;
  let ctOfficer: Client;
  let hnAdmin: Client;
  let missionId: string;

  beforeAll(async () => {
    t = await startTestApp();
    await t.createUser(...USERS.ministry);
    ministry = await t.login(USERS.ministry[0]);
    const created = await ministry.post('/api/missions', missionBody());
    expect(created.statusCode, created.body).toBe(201);
    missionId = created.json().id;
    await t.createUser('dsq.tokyo', 'mission_officer', null, { missionId });
    tokyo = await t.login('dsq.tokyo');
    await t.createUser(...USERS.ctAdmin);
    ctAdmin = await t.login(USERS.ctAdmin[0]);
    await t.createUser(...USERS.ctOfficer);
    ctOfficer = await t.login(USERS.ctOfficer[0]);
    await t.createUser('hn.admin', 'province_admin', '01');
    hnAdmin = await t.login('hn.admin');
  });
  afterAll(() => t.close());

  async function register(person: object, given?: readonly string[]) {
    const registered = await tokyo.post('/api/consular-registrations', registration(person, given));
    expect(registered.statusCode, registered.body).toBe(201);
    return registered.json();
  }

  it('keeps missions with the Ministry and names the mission in the session', async () => {
    expect(
      (await ctAdmin.post('/api/missions', missionBody({ code: 'OSAKA', name: 'Tổng Lãnh sự quán' }))).statusCode,
    ).toBe(403);
    const outside = await ministry.post('/api/missions', missionBody({ code: 'SEOUL', name: 'x', countries: ['KR'] }));
    expect(outside.json().error.details[0]).toMatchObject({ path: 'countries', code: 'seatOutsideDistrict' });
    const me = (await tokyo.get('/api/auth/me')).json();
    expect(me.user.mission).toEqual({ id: missionId, name: missionBody().name, countries: ['JP'] });
  });

  it('registers citizens through the registry (home province keeps them, duplicates found, consents proven)', async () => {
    const first = await register({ fullName: 'Trần Văn Hòa', birthDate: { year: 1990, month: 4 } });
    expect(first.person).toMatchObject({
      fullName: 'Trần Văn Hòa',
      sourceProvinceCode: '92',
      hometownCommuneCode: NINH_KIEU,
    });
    expect(first.possibleDuplicates).toBe(0);
    const again = await register({ fullName: 'TRẦN VĂN HÒA', birthDate: { year: 1990, month: 4 } });
    expect(again.possibleDuplicates).toBeGreaterThan(0);
    // The province sees the pair; the mission reviews nothing.
    const consents = (await ctOfficer.get(`/api/persons/${first.personId}/consents`)).json();
    expect(consents.summary).toMatchObject({ registry: 'given', sharing: 'given', contact: 'refused' });
    expect(consents.history[0]).toMatchObject({
      channel: 'consular',
      evidence: expect.stringContaining('125/2026/ĐKCD'),
    });

    const inKorea = await tokyo.post('/api/consular-registrations', registration({ residenceCountry: 'KR' }));
    expect(inKorea.json().error.details[0]).toMatchObject({ path: 'person.residenceCountry', code: 'outsideDistrict' });
    expect((await ctOfficer.post('/api/consular-registrations', registration({}))).statusCode).toBe(403);
  });

  it('shows a mission only the persons of its district who agreed to sharing', async () => {
    await register({ fullName: 'Ngô Văn Khải' });
    const unshared = await register({ fullName: 'Lê Thị Mai' }, ['registry']);
    expect(unshared.person).toBeNull();
    expect((await tokyo.get(`/api/persons/${unshared.personId}`)).statusCode).toBe(404);
    const inUs = (await ctOfficer.post('/api/persons', personBody({ fullName: 'Phạm Văn Mỹ' }))).json();
    await giveConsent(ctOfficer, inUs.id, ['sharing']);
    expect((await tokyo.get(`/api/persons/${inUs.id}`)).statusCode).toBe(404);
    const names = (await tokyo.get('/api/persons?pageSize=100'))
      .json()
      .items.map((p: { fullName: string }) => p.fullName);
    expect(names).toContain('Ngô Văn Khải');
    expect(names).not.toContain('Lê Thị Mai');
    expect(names).not.toContain('Phạm Văn Mỹ');
    // Nothing else of the provinces: relatives, returnees, statistics, the registry's plans.
    expect((await tokyo.get('/api/relatives')).json().items).toEqual([]);
    expect((await tokyo.get('/api/returnees')).json().items).toEqual([]);
    expect((await tokyo.get('/api/statistics')).statusCode).toBe(403);
    expect((await tokyo.put(`/api/persons/${inUs.id}`, personBody({ version: 1 }))).statusCode).toBe(403);
  });

  /** A case the mission holds, with a consenting citizen of Cần Thơ as its subject. */
  async function missionCase(fullName: string) {
    const citizen = await register({ fullName });
    const opened = await tokyo.post('/api/cases', {
      country: 'JP',
      type: 'labour_dispute',
      urgency: 'high',
      title: `Tranh chấp lao động — ${fullName}`,
      persons: [{ personId: citizen.personId, role: 'subject' }],
    });
    expect(opened.statusCode, opened.body).toBe(201);
    return { citizen: citizen.personId as string, theCase: opened.json() };
  }

  it('refers a case to the home province with consent; the province accepts it and records the outcome', async () => {
    const { citizen, theCase } = await missionCase('Võ Văn Bình');
    expect(theCase).toMatchObject({ provinceCode: null, mission: { id: missionId }, held: true });
    expect(theCase.code).toMatch(/^BH-TOKYO-2026-\d{4}$/);
    expect((await ctAdmin.get(`/api/cases/${theCase.id}`)).statusCode).toBe(404);

    const body = {
      subject: 'case',
      caseId: theCase.id,
      personId: citizen,
      toProvinceCode: '92',
      reason: 'Đề nghị hỗ trợ gia đình',
    };
    // The sharing consent withdrawn: nothing goes out.
    const withdrawal = {
      decisions: [{ purpose: 'sharing', decision: 'withdrawn' }],
      decidedOn: '2026-11-25',
      note: 'Thư ngày 25/11/2026',
    };
    expect((await ctOfficer.post(`/api/persons/${citizen}/consents`, withdrawal)).statusCode).toBe(200);
    const refused = await tokyo.post('/api/referrals', body);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'CONSENT_REQUIRED',
      details: [{ path: 'personId', code: 'sharingConsentRequired' }],
    });
    expect((await ctAdmin.get(`/api/cases/${theCase.id}`)).statusCode).toBe(404);

    await giveConsent(ctOfficer, citizen, ['sharing']);
    expect(
      (await tokyo.post('/api/referrals', { ...body, toProvinceCode: '01' })).json().error.details[0],
    ).toMatchObject({
      path: 'toProvinceCode',
      code: 'notHomeProvince',
    });
    const sent = await tokyo.post('/api/referrals', body);
    expect(sent.statusCode, sent.body).toBe(201);
    const referral = sent.json();
    expect(referral).toMatchObject({
      status: 'pending',
      from: { kind: 'mission', id: missionId },
      to: { kind: 'province', id: '92' },
      consent: { decidedOn: '2026-03-02' },
      mayDecide: false,
    });
    expect(referral.code).toMatch(/^CT-2026-\d{6}$/);
    expect((await tokyo.post('/api/referrals', body)).json().error.details[0].code).toBe('referralOpen');

    // The receiver reads the case, changes nothing of it; only its managers decide; Hà Nội knows nothing.
    const seen = await ctAdmin.get(`/api/cases/${theCase.id}`);
    expect(seen.json()).toMatchObject({ held: false, mission: { id: missionId } });
    const edit = { country: 'JP', type: 'other', title: 'x', version: seen.json().version };
    expect((await ctAdmin.put(`/api/cases/${theCase.id}`, edit)).statusCode).toBe(404);
    expect((await hnAdmin.get(`/api/referrals/${referral.id}`)).statusCode).toBe(404);
    expect(
      (await ctOfficer.post(`/api/referrals/${referral.id}/decision`, { decision: 'accept', version: 1 })).statusCode,
    ).toBe(403);
    expect(
      (await tokyo.post(`/api/referrals/${referral.id}/decision`, { decision: 'accept', version: 1 })).statusCode,
    ).toBe(403);
    const received = (await ctAdmin.get('/api/referrals?box=received')).json();
    expect(received.items.map((r: { id: string }) => r.id)).toContain(referral.id);
    expect(received.items.find((r: { id: string }) => r.id === referral.id).mayDecide).toBe(true);

    const accepted = await ctAdmin.post(`/api/referrals/${referral.id}/decision`, { decision: 'accept', version: 1 });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', mayComplete: true });
    const twice = await ctAdmin.post(`/api/referrals/${referral.id}/decision`, {
      decision: 'reject',
      note: 'x',
      version: 2,
    });
    expect(twice.json().error.code).toBe('REFERRAL_STEP_NOT_ALLOWED');
    const done = await ctAdmin.post(`/api/referrals/${referral.id}/outcome`, {
      outcome: 'Đã hỗ trợ gia đình',
      version: 2,
    });
    expect(done.json()).toMatchObject({ status: 'completed', outcome: 'Đã hỗ trợ gia đình' });

    const timeline = (await tokyo.get(`/api/cases/${theCase.id}`)).json().timeline;
    const steps = timeline
      .filter((e: { kind: string }) => e.kind === 'referral')
      .map((e: { details: { status: string } }) => e.details.status);
    expect(steps).toEqual(['completed', 'accepted', 'pending']);
    const audit = await t.db.selectFrom('audit_log').select('action').where('entity_id', '=', referral.id).execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['referral.send', 'referral.accept', 'referral.complete']),
    );
  });

  it('lets a rejection say why, and a province refer a case to the mission of its country', async () => {
    const { citizen, theCase } = await missionCase('Đặng Thị Hoa');
    const body = {
      subject: 'case',
      caseId: theCase.id,
      personId: citizen,
      toProvinceCode: '92',
      reason: 'Xác minh nhân thân',
    };
    const referral = (await tokyo.post('/api/referrals', body)).json();
    const noReason = await ctAdmin.post(`/api/referrals/${referral.id}/decision`, { decision: 'reject', version: 1 });
    expect(noReason.json().error.details[0]).toMatchObject({ path: 'note', code: 'rejectionNoteRequired' });
    const rejected = await ctAdmin.post(`/api/referrals/${referral.id}/decision`, {
      decision: 'reject',
      note: 'Không phải công dân của tỉnh',
      version: 1,
    });
    expect(rejected.json()).toMatchObject({ status: 'rejected', decisionNote: 'Không phải công dân của tỉnh' });
    expect((await ctAdmin.get(`/api/cases/${theCase.id}`)).statusCode).toBe(404);

    // A Cần Thơ case of a citizen in Japan goes the other way, to the embassy.
    const local = (
      await ctAdmin.post('/api/cases', {
        country: 'JP',
        type: 'accident',
        title: 'Tai nạn lao động',
        persons: [{ personId: citizen, role: 'subject' }],
      })
    ).json();
    const toMission = {
      subject: 'case',
      caseId: local.id,
      personId: citizen,
      toMissionId: missionId,
      reason: 'Đề nghị bảo hộ',
    };
    const sent = await ctAdmin.post('/api/referrals', toMission);
    expect(sent.statusCode, sent.body).toBe(201);
    expect((await tokyo.get(`/api/cases/${local.id}`)).json()).toMatchObject({ held: false, provinceCode: '92' });
    const farAway = await ctAdmin.post('/api/referrals', {
      ...toMission,
      caseId: (
        await ctAdmin.post('/api/cases', {
          country: 'KR',
          type: 'other',
          title: 'Hàn Quốc',
          persons: [{ personId: citizen, role: 'subject' }],
        })
      ).json().id,
    });
    expect(farAway.json().error.details[0]).toMatchObject({ path: 'toMissionId', code: 'outsideDistrict' });
    expect(
      (await tokyo.post('/api/referrals', { ...toMission, caseId: theCase.id })).json().error.details[0].code,
    ).toBe('referralDirection');
  });

  it('refers a returnee home, whom the province takes on among its returns', async () => {
    const citizen = (await register({ fullName: 'Huỳnh Văn Tâm' })).personId;
    const sent = await tokyo.post('/api/referrals', {
      subject: 'returnee',
      personId: citizen,
      toProvinceCode: '92',
      reason: 'Hết hạn hợp đồng thực tập sinh, về nước ngày 15/12/2026',
      returnedOn: '2026-12-15',
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const accepted = await ctAdmin.post(`/api/referrals/${sent.json().id}/decision`, {
      decision: 'accept',
      version: 1,
    });
    const returneeId = accepted.json().returneeId;
    expect(returneeId).toBeTruthy();
    const returnee = await ctAdmin.get(`/api/returnees/${returneeId}`);
    expect(returnee.json()).toMatchObject({
      personId: citizen,
      provinceCode: '92',
      returnedOn: '2026-12-15',
      fromCountry: 'JP',
    });
  });
});

describe('commune officers', () => {
  let t: TestApp;
  let commune: Client;
  let ctOfficer: Client;

  beforeAll(async () => {
    t = await startTestApp();
    await t.createUser(...USERS.ctOfficer);
    ctOfficer = await t.login(USERS.ctOfficer[0]);
    await t.createUser('xa.ninhkieu', 'commune_officer', '92', { communeCode: NINH_KIEU });
    commune = await t.login('xa.ninhkieu');
    await t.createUser(...USERS.ctAdmin);
  });
  afterAll(() => t.close());

  it("keep their commune's people, nothing else of the province", async () => {
    await ctOfficer.post(
      '/api/persons',
      personBody({ fullName: 'Người Cái Răng', hometownText: 'Phường Cái Răng, Cần Thơ' }),
    );
    const own = await commune.post(
      '/api/persons',
      personBody({ fullName: 'Người Ninh Kiều', hometownText: 'Phường Ninh Kiều, TP Cần Thơ' }),
    );
    expect(own.statusCode, own.body).toBe(201);
    const elsewhere = await commune.post('/api/persons', personBody({ hometownText: 'Phường Cái Răng, Cần Thơ' }));
    expect(elsewhere.json().error.details[0]).toMatchObject({ path: 'hometownCommuneCode', code: 'outsideCommune' });
    const names = (await commune.get('/api/persons')).json().items.map((p: { fullName: string }) => p.fullName);
    expect(names).toEqual(['Người Ninh Kiều']);
    expect((await ctOfficer.get('/api/persons')).json().total).toBe(2);
    // The relatives of the commune's people, with the link to them (the province's others: not theirs).
    const withMother = await commune.post(
      '/api/persons',
      personBody({
        fullName: 'Con Ninh Kiều',
        hometownText: 'Phường Ninh Kiều, Cần Thơ',
        relatives: [{ fullName: 'Mẹ ở Ninh Kiều', relationship: 'mẹ', address: 'Phường Ninh Kiều, Cần Thơ' }],
      }),
    );
    const relative = withMother.json().relatives[0];
    const seen = (await commune.get(`/api/relatives/${relative.id}`)).json();
    expect(seen.persons.map((p: { fullName: string }) => p.fullName)).toEqual(['Con Ninh Kiều']);
    for (const url of ['/api/statistics', '/api/portal-requests', '/api/cases', '/api/persons/stats'])
      expect((await commune.get(url)).statusCode, url).toBe(403);
  });

  it("report, as their committee's agency, on the plan tasks the province gives the commune", async () => {
    const admin = await t.login(USERS.ctAdmin[0]);
    const committee = (await admin.post('/api/agencies', { name: 'UBND phường Ninh Kiều' })).json().id;
    const officerId = (
      await t.db.selectFrom('app_user').select('id').where('username', '=', 'xa.ninhkieu').executeTakeFirstOrThrow()
    ).id;
    expect((await admin.patch(`/api/users/${officerId}`, { agencyId: committee })).statusCode).toBe(200);
    commune = await t.login('xa.ninhkieu');
    const tasks = [{ content: 'Rà soát, cập nhật danh sách kiều bào của phường', leadAgencyId: committee }];
    const plan = (await admin.post('/api/plans', planBody(tasks, { number: '7/KH-UBND' }))).json();
    const task = plan.taskList[0].id;
    const report = await commune.put(`/api/tasks/${task}/report`, reportBody({ submit: true }));
    expect(report.statusCode, report.body).toBe(200);
    expect(report.json().status).toBe('submitted');
  });

  it('are created by the province for a commune of the province only', async () => {
    const admin = await t.login(USERS.ctAdmin[0]);
    const user = { username: 'xa.cairang', displayName: 'Cán bộ xã', role: 'commune_officer', provinceCode: '92' };
    expect((await admin.post('/api/users', user)).json().error.details[0]).toMatchObject({
      path: 'communeCode',
      code: 'communeRequired',
    });
    const hanoiCommune = await admin.post('/api/users', { ...user, communeCode: '00004' });
    expect(hanoiCommune.json().error.details[0]).toMatchObject({ path: 'communeCode', code: 'communeUnknown' });
    const created = await admin.post('/api/users', { ...user, communeCode: '31186' });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().user).toMatchObject({ role: 'commune_officer', communeCode: '31186', missionId: null });
    expect((await admin.post('/api/users', { ...user, username: 'dsq.x', role: 'mission_officer' })).statusCode).toBe(
      403,
    );
  });
});
