import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Client, type TestApp } from '../../helpers/testApp';
import { USERS } from '../../helpers/factories';
import { giveConsent } from '../../helpers/consent';

describe('experts, local needs, matching and outreach', () => {
  let t: TestApp;
  let officer: Client;
  let agency: Client;
  let haiPhong: Client;
  let viewer: Client;
  const people: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    await t.createUser(...USERS.ctOfficer);
    await t.createUser('ct.university', 'agency_officer', '92');
    await t.createUser(...USERS.hpOfficer);
    await t.createUser(...USERS.ctViewer);
    officer = await t.login('ct.officer');
    agency = await t.login('ct.university');
    haiPhong = await t.login('hp.officer');
    viewer = await t.login('ct.viewer');
    const experts: [string, string, object][] = [
      [
        'Trần Minh Thủy',
        'AU',
        { degree: 'doctor', fields: ['agriculture.aquaculture'], languages: ['en'], willingness: ['teach'] },
      ],
      [
        'Lê Văn Nông',
        'US',
        { degree: 'master', fields: ['agriculture'], languages: ['en'], willingness: ['advise_remote'] },
      ],
      ['Phạm Thị Lúa', 'JP', { fields: ['agriculture.crops'], languages: ['ja'], willingness: ['teach'] }],
      ['Ngô Văn Tin', 'US', { fields: ['it.software'], languages: ['en'], willingness: ['teach', 'invest'] }],
    ];
    for (const [fullName, residenceCountry, profile] of experts) {
      const person = (
        await officer.post('/api/persons', { fullName, residenceCountry, hometownText: 'Cần Thơ' })
      ).json();
      people[fullName] = person.id;
      const saved = await officer.put(`/api/persons/${person.id}/expert`, profile);
      expect(saved.statusCode, saved.body).toBe(200);
      // Proposed to agencies only with their consent (test/server/consent tells the others apart).
      await giveConsent(officer, person.id, ['expert']);
    }
    // An aquaculture expert of another province: not Cần Thơ's to see.
    const other = (await haiPhong.post('/api/persons', { fullName: 'Đỗ Văn Biển', hometownText: 'Hải Phòng' })).json();
    await haiPhong.put(`/api/persons/${other.id}/expert`, { fields: ['agriculture.aquaculture'], languages: ['en'] });
  });
  afterAll(() => t.close());

  it('keeps an expert profile on a person, changed with the version read', async () => {
    const id = people['Trần Minh Thủy']!;
    const profile = (await officer.get(`/api/persons/${id}/expert`)).json();
    expect(profile).toMatchObject({ degree: 'doctor', fields: ['agriculture.aquaculture'], version: 1 });
    const changed = await officer.put(`/api/persons/${id}/expert`, {
      ...profile,
      employer: 'University of Queensland',
      publications: [{ title: 'Shrimp farming in the Mekong Delta', url: 'https://example.org/paper', year: 2021 }],
      version: 1,
    });
    expect(changed.json()).toMatchObject({ employer: 'University of Queensland', version: 2 });
    const stale = await officer.put(`/api/persons/${id}/expert`, { ...profile, version: 1 });
    expect(stale.statusCode).toBe(409);
    const bad = await officer.put(`/api/persons/${id}/expert`, { fields: ['astrology'], version: 2 });
    expect(bad.json().error.details[0].path).toBe('fields.0');
    const noProfile = (
      await officer.post('/api/persons', { fullName: 'Mai Văn Không', hometownText: 'Cần Thơ' })
    ).json();
    expect((await officer.get(`/api/persons/${noProfile.id}/expert`)).json()).toBeNull();
  });

  it('lists experts by field group, language and willingness, within the jurisdiction', async () => {
    const agriculture = (await officer.get('/api/experts?field=agriculture')).json();
    expect(agriculture.items.map((e: { fullName: string }) => e.fullName).sort()).toEqual(
      ['Lê Văn Nông', 'Phạm Thị Lúa', 'Trần Minh Thủy'].sort(),
    );
    const teachingInEnglish = (await officer.get('/api/experts?language=en&willingness=teach')).json();
    expect(teachingInEnglish.items.map((e: { fullName: string }) => e.fullName).sort()).toEqual(
      ['Ngô Văn Tin', 'Trần Minh Thủy'].sort(),
    );
    expect((await officer.get('/api/experts?country=Hoa Kỳ')).json().total).toBe(2);
    expect((await viewer.get('/api/experts')).statusCode).toBe(200);
    expect((await agency.get('/api/experts')).statusCode).toBe(403);
  });

  it("ranks the experts of the jurisdiction for an agency's need: field first, then language and willingness", async () => {
    const posted = await agency.post('/api/needs', {
      agency: 'Trường Đại học Cần Thơ',
      title: 'Giảng viên thỉnh giảng ngành nuôi trồng thủy sản',
      fields: ['agriculture.aquaculture'],
      languages: ['en'],
      willingness: ['teach'],
      deadline: '2027-03-31',
    });
    expect(posted.statusCode, posted.body).toBe(201);
    expect(posted.json()).toMatchObject({ provinceCode: '92', status: 'open', version: 1 });
    const matches = (await agency.get(`/api/needs/${posted.json().id}/matches`)).json();
    expect(matches.map((m: { expert: { fullName: string }; score: number }) => [m.expert.fullName, m.score])).toEqual([
      ['Trần Minh Thủy', 18], // the speciality, English, teaching
      ['Lê Văn Nông', 9], // the whole group (broader), English
      ['Phạm Thị Lúa', 8], // a sibling speciality, teaching
    ]);
    expect(matches[0].expert).not.toHaveProperty('phones');
    const audited = await t.db.selectFrom('audit_log').select('details').where('action', '=', 'need.matches').execute();
    expect(audited.at(-1)?.details).toEqual({ experts: 3, scope: 'province' });
  });

  it('records outreach to an expert about a need, listed for the person and for the need', async () => {
    const need = (
      await agency.post('/api/needs', { agency: 'Sở Khoa học và Công nghệ', title: 'Tư vấn phần mềm', fields: ['it'] })
    ).json();
    const id = people['Ngô Văn Tin']!;
    const added = await officer.post(`/api/persons/${id}/expert/contacts`, {
      needId: need.id,
      contactedOn: '2026-11-20',
      channel: 'email',
      summary: 'Gửi thư mời tham gia hội thảo chuyển đổi số',
      outcome: 'interested',
    });
    expect(added.statusCode, added.body).toBe(200);
    expect(added.json()).toEqual([
      expect.objectContaining({ needTitle: 'Tư vấn phần mềm', channel: 'email', outcome: 'interested' }),
    ]);
    expect((await officer.get(`/api/needs/${need.id}/contacts`)).json()).toHaveLength(1);
    expect((await officer.get(`/api/needs/${need.id}`)).json().contacts).toBe(1);
    const listed = (await officer.get('/api/experts?q=ngo van tin')).json();
    expect(listed.items[0].lastContactedOn).toBe('2026-11-20');
    const badDate = await officer.post(`/api/persons/${id}/expert/contacts`, {
      contactedOn: '20/11/2026',
      channel: 'email',
      summary: 'x',
    });
    expect(badDate.json().error.details[0].path).toBe('contactedOn');
  });

  it("keeps another province's needs and experts out of reach", async () => {
    const need = (
      await agency.post('/api/needs', { agency: 'Bệnh viện Đa khoa', title: 'Bác sĩ', fields: ['health'] })
    ).json();
    expect((await haiPhong.get(`/api/needs/${need.id}`)).statusCode).toBe(404);
    expect((await haiPhong.get(`/api/persons/${people['Trần Minh Thủy']}/expert`)).statusCode).toBe(404);
    expect(
      (await agency.post('/api/needs', { provinceCode: '31', agency: 'X', title: 'Y', fields: ['it'] })).statusCode,
    ).toBe(403);
    expect((await viewer.post('/api/needs', { agency: 'X', title: 'Y', fields: ['it'] })).statusCode).toBe(403);
  });

  it('closes a need with the version read', async () => {
    const need = (
      await agency.post('/api/needs', { agency: 'Sở Y tế', title: 'Dược sĩ', fields: ['health.pharmacy'] })
    ).json();
    const closed = await agency.put(`/api/needs/${need.id}`, { ...need, status: 'closed', version: 1 });
    expect(closed.json()).toMatchObject({ status: 'closed', version: 2 });
    expect((await agency.get('/api/needs?status=open')).json().items.map((n: { id: string }) => n.id)).not.toContain(
      need.id,
    );
  });
});
