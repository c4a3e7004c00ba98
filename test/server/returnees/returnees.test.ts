import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Client, type TestApp } from '../../helpers/testApp';
import { USERS } from '../../helpers/factories';

describe('returnees (người hồi hương)', () => {
  let t: TestApp;
  let officer: Client;
  let haiPhong: Client;
  let viewer: Client;
  let personId: string;

  beforeAll(async () => {
    t = await startTestApp();
    await t.createUser(...USERS.ctOfficer);
    await t.createUser(...USERS.hpOfficer);
    await t.createUser(...USERS.ctViewer);
    officer = await t.login('ct.officer');
    haiPhong = await t.login('hp.officer');
    viewer = await t.login('ct.viewer');
    personId = (await officer.post('/api/persons', { fullName: 'Huỳnh Văn Về', hometownText: 'Cần Thơ' })).json().id;
  });
  afterAll(() => t.close());

  async function recordReturn(body: object = {}) {
    const response = await officer.post('/api/returnees', {
      personId,
      returnedOn: '2026-10-02',
      fromCountry: 'MY',
      reason: 'contract_end',
      ...body,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }

  it('records a return with the support given and the follow-ups planned', async () => {
    const returnee = await recordReturn();
    expect(returnee).toMatchObject({ provinceCode: '92', fullName: 'Huỳnh Văn Về', status: 'following', supports: 0 });
    const supported = await officer.post(`/api/returnees/${returnee.id}/support`, {
      kind: 'residence_registration',
      givenOn: '2026-10-10',
      agency: 'Công an phường Ninh Kiều',
    });
    expect(supported.json()).toMatchObject({
      supports: 1,
      supportList: [expect.objectContaining({ kind: 'residence_registration' })],
    });
    await officer.post(`/api/returnees/${returnee.id}/follow-ups`, { dueOn: '2027-01-10', note: 'Hỏi thăm việc làm' });
    const withPast = await officer.post(`/api/returnees/${returnee.id}/follow-ups`, { dueOn: '2026-11-01' });
    expect(withPast.json()).toMatchObject({ nextFollowUp: '2026-11-01', isFollowUpOverdue: true });
    const past = withPast.json().followUps.find((f: { dueOn: string }) => f.dueOn === '2026-11-01');
    const done = await officer.patch(`/api/returnees/${returnee.id}/follow-ups/${past.id}`, {
      doneOn: '2026-11-02',
      note: 'Đã có việc làm',
    });
    expect(done.json()).toMatchObject({ nextFollowUp: '2027-01-10', isFollowUpOverdue: false });
  });

  it('lists returns of the province with overdue follow-ups first found by filter', async () => {
    const returnee = await recordReturn({ reason: 'deported' });
    await officer.post(`/api/returnees/${returnee.id}/follow-ups`, { dueOn: '2020-05-05' });
    const overdue = (await officer.get('/api/returnees?overdue=true')).json();
    expect(overdue.items.map((r: { id: string }) => r.id)).toContain(returnee.id);
    expect(
      (await officer.get('/api/returnees?reason=deported'))
        .json()
        .items.every((r: { reason: string }) => r.reason === 'deported'),
    ).toBe(true);
    expect((await haiPhong.get(`/api/returnees/${returnee.id}`)).statusCode).toBe(404);
    expect((await haiPhong.get('/api/returnees')).json().total).toBe(0);
    expect((await viewer.get('/api/returnees')).statusCode).toBe(200);
    expect(
      (await viewer.post('/api/returnees', { personId, returnedOn: '2026-01-01', reason: 'other' })).statusCode,
    ).toBe(403);
  });

  it('names the field of bad input and refuses persons of another province', async () => {
    const badDate = await officer.post('/api/returnees', { personId, returnedOn: '2/10/2026', reason: 'other' });
    expect(badDate.json().error.details[0].path).toBe('returnedOn');
    const other = (await haiPhong.post('/api/persons', { fullName: 'Mạc Văn Đi', hometownText: 'Hải Phòng' })).json();
    const refused = await officer.post('/api/returnees', {
      personId: other.id,
      returnedOn: '2026-10-02',
      reason: 'other',
    });
    expect(refused.json().error.details[0]).toMatchObject({ path: 'personId', code: 'personUnknown' });
  });

  it('closes a follow-up with the version read', async () => {
    const returnee = await recordReturn();
    const closed = await officer.put(`/api/returnees/${returnee.id}`, {
      personId,
      returnedOn: '2026-10-02',
      reason: 'contract_end',
      status: 'closed',
      version: 1,
    });
    expect(closed.json()).toMatchObject({ status: 'closed', version: 2 });
    const stale = await officer.put(`/api/returnees/${returnee.id}`, {
      personId,
      returnedOn: '2026-10-02',
      reason: 'other',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
  });
});
