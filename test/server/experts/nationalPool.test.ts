import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Client, type TestApp } from '../../helpers/testApp';
import { USERS, needBody } from '../../helpers/factories';
import { giveConsent } from '../../helpers/consent';

// A university of Cần Thơ looks for an aquaculture expert nationwide: Hải Phòng's expert who agreed
// to be proposed is matched, without contacts, until Hải Phòng releases them.
describe('the national expert pool', () => {
  let t: TestApp;
  let university: Client;
  let ctOfficer: Client;
  let haiPhong: Client;
  let proposable: string;
  let unwilling: string;

  beforeAll(async () => {
    t = await startTestApp();
    await t.createUser('ct.university', 'agency_officer', '92');
    await t.createUser(...USERS.ctOfficer);
    await t.createUser(...USERS.hpOfficer);
    university = await t.login('ct.university');
    ctOfficer = await t.login(USERS.ctOfficer[0]);
    haiPhong = await t.login(USERS.hpOfficer[0]);
    const expert = async (fullName: string, consent: boolean) => {
      const person = (
        await haiPhong.post('/api/persons', {
          fullName,
          residenceCountry: 'NO',
          hometownText: 'Hải Phòng',
          phones: ['+47 412 34 567'],
          emails: ['bien@example.no'],
        })
      ).json();
      await haiPhong.put(`/api/persons/${person.id}/expert`, {
        fields: ['agriculture.aquaculture'],
        languages: ['en'],
      });
      if (consent) await giveConsent(haiPhong, person.id, ['expert']);
      return person.id as string;
    };
    proposable = await expert('Đỗ Văn Biển', true);
    unwilling = await expert('Vũ Thị Sóng', false);
  });
  afterAll(() => t.close());

  const post = async (scope: 'province' | 'national') => {
    const need = await university.post('/api/needs', needBody({ scope, title: `Chuyên gia thủy sản (${scope})` }));
    expect(need.statusCode, need.body).toBe(201);
    return need.json().id as string;
  };
  const matched = async (needId: string) => (await university.get(`/api/needs/${needId}/matches`)).json();

  it("matches every province's experts who agreed to be proposed, for a national need only", async () => {
    const provincial = await post('province');
    expect((await matched(provincial)).map((m: { expert: { personId: string } }) => m.expert.personId)).not.toContain(
      proposable,
    );
    const national = await post('national');
    const matches = await matched(national);
    const ids = matches.map((m: { expert: { personId: string } }) => m.expert.personId);
    expect(ids).toContain(proposable);
    expect(ids).not.toContain(unwilling);
    expect(matches.find((m: { expert: { personId: string } }) => m.expert.personId === proposable)).toMatchObject({
      expert: { fullName: 'Đỗ Văn Biển', hometownProvinceCode: '31' },
      release: null,
    });
    // The profile is proposed; the record itself stays Hải Phòng's.
    expect((await ctOfficer.get(`/api/persons/${proposable}`)).statusCode).toBe(404);
    const asked = await university.post(`/api/needs/${provincial}/contact-releases`, { personId: proposable });
    expect(asked.json().error.details[0]).toMatchObject({ path: 'needId', code: 'needNotNational' });
  });

  it("releases contacts only on the expert's province's approval", async () => {
    const need = await post('national');
    const notProposable = await university.post(`/api/needs/${need}/contact-releases`, { personId: unwilling });
    expect(notProposable.json().error.details[0]).toMatchObject({ path: 'personId', code: 'expertNotProposable' });
    const asked = await university.post(`/api/needs/${need}/contact-releases`, {
      personId: proposable,
      message: 'Mời giảng dạy học phần nuôi trồng thủy sản nâng cao',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json()).toMatchObject({
      status: 'pending',
      needProvinceCode: '92',
      expertProvinceCode: '31',
      mayDecide: false,
    });
    expect((await university.post(`/api/needs/${need}/contact-releases`, { personId: proposable })).statusCode).toBe(
      409,
    );
    const id = asked.json().id;
    const pending = (await matched(need)).find(
      (m: { expert: { personId: string } }) => m.expert.personId === proposable,
    );
    expect(pending.release).toMatchObject({ status: 'pending', contact: null });

    expect((await ctOfficer.post(`/api/contact-releases/${id}/decision`, { decision: 'approve' })).statusCode).toBe(
      403,
    );
    const inbox = (await haiPhong.get('/api/contact-releases?box=received')).json();
    expect(inbox.items.find((r: { id: number }) => r.id === id)).toMatchObject({
      mayDecide: true,
      expertName: 'Đỗ Văn Biển',
    });
    const noReason = await haiPhong.post(`/api/contact-releases/${id}/decision`, { decision: 'refuse' });
    expect(noReason.json().error.details[0]).toMatchObject({ path: 'note', code: 'rejectionNoteRequired' });
    const approved = await haiPhong.post(`/api/contact-releases/${id}/decision`, { decision: 'approve' });
    expect(approved.json()).toMatchObject({ status: 'approved', mayDecide: false });
    expect((await haiPhong.post(`/api/contact-releases/${id}/decision`, { decision: 'approve' })).statusCode).toBe(409);
    const released = (await matched(need)).find(
      (m: { expert: { personId: string } }) => m.expert.personId === proposable,
    );
    expect(released.release).toMatchObject({
      status: 'approved',
      contact: { phones: ['+4741234567'], emails: ['bien@example.no'] },
    });
  });
});
