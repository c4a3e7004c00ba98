import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { giveConsent, uploadConsentForm } from '../../helpers/consent';
import { USERS, eventBody, expertProfileBody, needBody } from '../../helpers/factories';
import { csvOf } from '../../helpers/importFixtures';
import { commitAndWait, uploadAndCheck } from '../../helpers/importRequests';
import { startTestApp, type Client, type TestApp } from '../../helpers/testApp';

describe('consent per purpose', () => {
  let t: TestApp;
  let officer: Client;
  let haiPhong: Client;
  let viewer: Client;

  beforeAll(async () => {
    t = await startTestApp();
    await t.createUser(...USERS.ctOfficer);
    await t.createUser(...USERS.hpOfficer);
    await t.createUser(...USERS.ctViewer);
    await t.createUser('ct.university', 'agency_officer', '92');
    officer = await t.login('ct.officer');
    haiPhong = await t.login('hp.officer');
    viewer = await t.login('ct.viewer');
  });
  afterAll(() => t.close());

  const newPerson = async (fullName: string, overrides: object = {}) => {
    const created = await officer.post('/api/persons', {
      fullName,
      hometownText: 'Cần Thơ',
      residenceCountry: 'KR',
      emails: [`${fullName.length}.${Date.now()}@example.kr`],
      ...overrides,
    });
    expect(created.statusCode, created.body).toBe(201);
    return created.json().id as string;
  };
  const consentsOf = async (id: string) => (await officer.get(`/api/persons/${id}/consents`)).json();

  it('is unknown for every purpose until a decision is recorded', async () => {
    const id = await newPerson('Quan Thị Một');
    expect((await officer.get(`/api/persons/${id}`)).json().consents).toEqual({
      registry: 'unknown',
      contact: 'unknown',
      expert: 'unknown',
      sharing: 'unknown',
      publication: 'unknown',
    });
  });

  it('records consent given on a signed form and a withdrawal with a note, each with its proof, and audits reading it', async () => {
    const id = await newPerson('Quan Văn Hai');
    const given = { decisions: [{ purpose: 'contact', decision: 'given' }], decidedOn: '2026-03-02' };
    const withoutForm = await officer.post(`/api/persons/${id}/consents`, given);
    expect(withoutForm.statusCode).toBe(400);
    expect(withoutForm.json().error.details).toEqual([expect.objectContaining({ path: 'formId' })]);
    const otherForm = await uploadConsentForm(officer, await newPerson('Quan Văn Khác'));
    const notTheirs = await officer.post(`/api/persons/${id}/consents`, { ...given, formId: otherForm });
    expect(notTheirs.json().error.details).toEqual([expect.objectContaining({ path: 'formId' })]);

    const afterGiven = await giveConsent(officer, id, ['contact', 'expert']);
    expect(afterGiven.summary).toMatchObject({ contact: 'given', expert: 'given', registry: 'unknown' });
    const [latest] = afterGiven.history;
    expect(latest).toMatchObject({
      decision: 'given',
      channel: 'officer',
      textVersion: '2026-01',
      decidedOn: '2026-03-02',
    });
    const scan = await officer.get(`/api/persons/${id}/consent-forms/${latest.formId}`);
    expect(scan.body).toContain('phiếu đồng ý');

    const withdrawal = { decisions: [{ purpose: 'contact', decision: 'withdrawn' }], decidedOn: '2026-06-01' };
    const noNote = await officer.post(`/api/persons/${id}/consents`, withdrawal);
    expect(noNote.json().error.details).toEqual([expect.objectContaining({ path: 'note' })]);
    const withdrawn = await officer.post(`/api/persons/${id}/consents`, { ...withdrawal, note: 'Thư ngày 01/6/2026' });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const after = await consentsOf(id);
    expect(after.summary).toMatchObject({ contact: 'withdrawn', expert: 'given' });
    // Every decision is kept: what held when stays provable.
    expect(after.history.map((c: { purpose: string; decision: string }) => `${c.purpose}:${c.decision}`)).toEqual([
      'contact:withdrawn',
      'expert:given',
      'contact:given',
    ]);
    const audited = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', id)
      .where('action', 'like', 'person.consent%')
      .execute();
    expect(new Set(audited.map((a) => a.action))).toEqual(
      new Set(['person.consents', 'person.consent', 'person.consentForm', 'person.consentForm.read']),
    );
  });

  it("keeps other provinces out of a person's consents, and viewers from recording them", async () => {
    const id = await newPerson('Quan Thị Ba');
    expect((await haiPhong.get(`/api/persons/${id}/consents`)).statusCode).toBe(404);
    expect((await viewer.get(`/api/persons/${id}/consents`)).statusCode).toBe(200);
    const recorded = await viewer.post(`/api/persons/${id}/consents`, {
      decisions: [{ purpose: 'contact', decision: 'refused' }],
      note: 'Điện thoại',
      decidedOn: '2026-03-02',
    });
    expect(recorded.statusCode).toBe(403);
  });

  it('filters the person list by the state of a purpose', async () => {
    const agreed = await newPerson('Quan Thị Bốn', { residenceCountry: 'NO' });
    await newPerson('Quan Thị Năm', { residenceCountry: 'NO' });
    const names = async (query: string) =>
      (await officer.get(`/api/persons?country=NO&${query}`)).json().items.map((p: { fullName: string }) => p.fullName);
    await giveConsent(officer, agreed, ['sharing']);
    expect(await names('consent=sharing')).toEqual(['Quan Thị Bốn']);
    expect(await names('consent=sharing&consentState=unknown')).toEqual(['Quan Thị Năm']);
  });

  it('invites only those who agreed to be contacted, says how many were left out, and drops from the mail merge whoever withdrew', async () => {
    const [sau, bay, tam] = [
      await newPerson('Quan Thị Sáu', { residenceCountry: 'FI' }),
      await newPerson('Quan Văn Bảy', { residenceCountry: 'FI' }),
      await newPerson('Quan Văn Tám', { residenceCountry: 'FI' }),
    ];
    await giveConsent(officer, sau, ['contact']);
    await giveConsent(officer, bay, ['contact']);
    await officer.post(`/api/persons/${tam}/consents`, {
      decisions: [{ purpose: 'contact', decision: 'refused' }],
      note: 'Từ chối khi hội thân nhân hỏi',
      decidedOn: '2026-02-01',
    });
    const event = (
      await officer.post(
        '/api/events',
        eventBody('Gặp mặt kiều bào Bắc Âu', { startOn: '2027-02-01', endOn: '2027-02-01' }),
      )
    ).json().record;
    const invited = await officer.post(`/api/events/${event.id}/invitations`, { persons: { country: 'FI' } });
    expect(invited.json()).toEqual({ invited: 2, alreadyInvited: 0, withoutContactConsent: 1, mailed: 0 });

    await officer.post(`/api/persons/${bay}/consents`, {
      decisions: [{ purpose: 'contact', decision: 'withdrawn' }],
      note: 'Email ngày 3/3/2027',
      decidedOn: '2027-01-10',
    });
    const list = (await officer.get(`/api/events/${event.id}/invitations`)).json();
    expect(list.items.map((i: { name: string; mayContact: boolean }) => [i.name, i.mayContact])).toEqual([
      ['Quan Thị Sáu', true],
      ['Quan Văn Bảy', false],
    ]);
    const csv = (await officer.get(`/api/events/${event.id}/invitations/export.csv`)).body;
    expect(csv).toContain('Quan Thị Sáu');
    expect(csv).not.toContain('Quan Văn Bảy');
  });

  it('proposes for a need only the experts who agreed to be proposed', async () => {
    const agreed = await newPerson('Quan Văn Chín');
    const silent = await newPerson('Quan Văn Mười');
    for (const id of [agreed, silent]) {
      const saved = await officer.put(
        `/api/persons/${id}/expert`,
        expertProfileBody({ fields: ['environment.climate'] }),
      );
      expect(saved.statusCode, saved.body).toBe(200);
    }
    await giveConsent(officer, agreed, ['expert']);
    const agency = await t.login('ct.university');
    const need = (await agency.post('/api/needs', needBody({ fields: ['environment.climate'] }))).json();
    const matches = (await agency.get(`/api/needs/${need.id}/matches`)).json();
    expect(matches.map((m: { expert: { fullName: string } }) => m.expert.fullName)).toEqual(['Quan Văn Chín']);
    // The experts' list itself (the officers' directory) still holds both.
    const listed = (await officer.get('/api/experts?field=environment')).json();
    expect(listed.total).toBe(2);
  });

  it("marks each purpose's state in the person export", async () => {
    const id = await newPerson('Quan Thị Mười Một', { residenceCountry: 'IS' });
    await giveConsent(officer, id, ['registry', 'publication']);
    const csv = (await officer.get('/api/persons/export.csv?country=IS')).body;
    const [header, row] = csv.trim().split(/\r?\n/);
    expect(header).toContain('"Đồng ý: công bố tên khi khen thưởng"');
    expect(row).toContain('"Quan Thị Mười Một"');
    expect(row).toContain('"Đã đồng ý","Chưa rõ","Chưa rõ","Chưa rõ","Đã đồng ý"');
  });

  it('hands a record to the Ministry or another province only with consent to sharing, counting those left out', async () => {
    const agreed = await newPerson('Quan Văn Mười Hai', { residenceCountry: 'MN' });
    await newPerson('Quan Văn Mười Ba', { residenceCountry: 'MN' });
    await giveConsent(officer, agreed, ['sharing']);
    // Kept by Hải Phòng (it sent the record in), of a Cần Thơ hometown: Cần Thơ sees it, takes it only with consent.
    const keptElsewhere = (
      await haiPhong.post('/api/persons', {
        fullName: 'Quan Thị Mười Bốn',
        hometownText: 'Cần Thơ',
        residenceCountry: 'MN',
      })
    ).json().id;
    const names = (csv: string) =>
      csv
        .trim()
        .split(/\r?\n/)
        .slice(1)
        .map((row) => row.split(',')[0]);
    expect(names((await officer.get('/api/persons/export.csv?country=MN')).body)).toEqual([
      '"Quan Văn Mười Ba"',
      '"Quan Văn Mười Hai"',
    ]);
    await t.createUser(...USERS.ministry);
    const ministry = await t.login(USERS.ministry[0]);
    expect(names((await ministry.get('/api/persons/export.csv?country=MN')).body)).toEqual(['"Quan Văn Mười Hai"']);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'person.export')
      .where('username', '=', USERS.ministry[0])
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ persons: 1, withoutSharingConsent: 2 });
    await giveConsent(haiPhong, keptElsewhere, ['sharing']);
    expect(names((await officer.get('/api/persons/export.csv?country=MN')).body)).toHaveLength(3);
  });

  it('marks in the list of commendations whether each person agreed to their name being published', async () => {
    const agreed = await newPerson('Quan Văn Mười Lăm', { residenceCountry: 'CL' });
    const silent = await newPerson('Quan Thị Mười Sáu', { residenceCountry: 'CL' });
    await giveConsent(officer, agreed, ['publication']);
    for (const [id, recipient] of [
      [agreed, 'Quan Văn Mười Lăm'],
      [silent, 'Quan Thị Mười Sáu'],
    ])
      expect(
        (
          await officer.post('/api/commendations', {
            recipient,
            recipientKind: 'person',
            recipientPersonId: id,
            form: 'Bằng khen của Chủ tịch UBND thành phố',
            reason: 'Đóng góp cho quỹ khuyến học',
            status: 'proposed',
            proposedOn: '2026-11-20',
          })
        ).statusCode,
      ).toBe(201);
    const csv = (await officer.get('/api/commendations/export.csv?q=khuyen hoc')).body;
    const [header, ...rows] = csv.trim().split(/\r?\n/);
    expect(header).toContain('"Đồng ý: công bố tên khi khen thưởng"');
    const stateOf = (name: string) =>
      rows
        .find((r) => r.includes(name))!
        .split(',')
        .at(-1);
    expect(stateOf('Quan Văn Mười Lăm')).toBe('"Đã đồng ý"');
    expect(stateOf('Quan Thị Mười Sáu')).toBe('"Chưa rõ"');
  });

  it('records an imported "no" for every purpose, a "yes" only with the batch\'s evidence', async () => {
    const header = ['STT', 'Họ và tên', 'Nước định cư', 'Quê quán', 'Đồng ý cung cấp thông tin'];
    const rows = [
      ['1', 'Quan Văn Đồng', 'Ba Lan', 'Cần Thơ', 'Có'],
      ['2', 'Quan Thị Chối', 'Ba Lan', 'Cần Thơ', 'Không'],
    ];
    const withoutEvidence = await uploadAndCheck(officer, 'hoi-1.csv', Buffer.from(csvOf([header, ...rows])));
    expect(withoutEvidence.consentEvidence).toBeNull();
    await commitAndWait(t, officer, withoutEvidence.id);
    const stateOf = async (name: string) => {
      const [person] = (await officer.get(`/api/persons?q=${encodeURIComponent(name)}`)).json().items;
      return (await consentsOf(person.id)).summary;
    };
    expect(await stateOf('Quan Văn Đồng')).toMatchObject({ registry: 'unknown' });
    expect(await stateOf('Quan Thị Chối')).toEqual({
      registry: 'refused',
      contact: 'refused',
      expert: 'refused',
      sharing: 'refused',
      publication: 'refused',
    });

    const signed = [['1', 'Quan Văn Ký', 'Ba Lan', 'Cần Thơ', 'Có']];
    const evidence = 'Phiếu đồng ý có chữ ký do Hội thân nhân lưu, số 01/2026';
    const withEvidence = await uploadAndCheck(officer, 'hoi-2.csv', Buffer.from(csvOf([header, ...signed])), {
      consentEvidence: evidence,
    });
    expect(withEvidence.consentEvidence).toBe(evidence);
    const committed = await commitAndWait(t, officer, withEvidence.id);
    expect(committed, JSON.stringify(committed)).toMatchObject({ rowsCommitted: 1 });
    expect(await stateOf('Quan Văn Ký')).toMatchObject({ registry: 'given', contact: 'unknown' });
  });
});
