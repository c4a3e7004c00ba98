import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USERS } from '../../helpers/factories';
import { giveConsent } from '../../helpers/consent';
import { invitedToPortal, lastMailTo, signInToPortal, startPortalTestApp } from '../../helpers/portalSession';
import type { TestSmtpServer } from '../../helpers/smtpServer';
import type { Client, TestApp } from '../../helpers/testApp';
import { TEST_NOW } from '../../helpers/testClock';

const DAY = 86_400_000;

describe('requests from the kiều bào portal', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let officer: Client;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ smtp, t, officer, close } = await startPortalTestApp());
    await t.createUser(...USERS.hpOfficer);
  });
  afterAll(() => close());

  /** A person invited and signed in; their portal client and record id. */
  async function signedIn(fullName: string, email: string) {
    const { personId, token } = await invitedToPortal(t, smtp, officer, fullName, email);
    const { client } = await signInToPortal(t, smtp, email, token);
    return { personId, portal: client };
  }

  async function send(portal: Client, body: unknown) {
    const sent = await portal.post('/api/portal/requests', body);
    expect(sent.statusCode, sent.body).toBe(201);
    return sent.json();
  }

  const detail = async (id: string) => (await officer.get(`/api/portal-requests/${id}`)).json();

  it('takes a correction field by field: the accepted address written with history, the phone refused with a reason, the person told', async () => {
    const { personId, portal } = await signedIn('Trần Thị Mai', 'mai.tran@example.de');
    const sent = await send(portal, {
      kind: 'change',
      changes: { addressAbroad: 'Karl-Marx-Straße 12, 12043 Berlin', phones: ['030 1234567'] },
    });
    expect(sent).toMatchObject({ kind: 'change', status: 'open', reference: expect.stringMatching(/^YC-2026-\d{6}$/) });
    expect(sent.dueOn).toBe(new Date(TEST_NOW.getTime() + 15 * DAY).toISOString().slice(0, 10));
    expect((await lastMailTo(t, smtp, 'mai.tran@example.de')).subject).toContain(sent.reference);

    const queued = (await officer.get('/api/portal-requests')).json();
    expect(queued.items.map((r: { id: string }) => r.id)).toContain(sent.id);
    const request = await detail(sent.id);
    expect(request.lines).toEqual([
      expect.objectContaining({ field: 'addressAbroad', current: '', proposed: 'Karl-Marx-Straße 12, 12043 Berlin' }),
      // The phone as the residence country writes it, stored in E.164.
      expect.objectContaining({ field: 'phones', current: '', proposed: '+49301234567' }),
    ]);

    const noReason = await officer.post(`/api/portal-requests/${sent.id}/decision`, {
      kind: 'change',
      fields: { addressAbroad: { accept: true }, phones: { accept: false } },
      version: request.version,
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details[0].path).toBe('fields.phones.reason');
    const decided = await officer.post(`/api/portal-requests/${sent.id}/decision`, {
      kind: 'change',
      fields: {
        addressAbroad: { accept: true },
        phones: { accept: false, reason: 'Số máy bàn của hội, không phải của bà' },
      },
      version: request.version,
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json().status).toBe('partly_accepted');

    const person = (await officer.get(`/api/persons/${personId}`)).json();
    expect(person.addressAbroad).toBe('Karl-Marx-Straße 12, 12043 Berlin');
    expect(person.phones).toEqual([]);
    const [change] = (await officer.get(`/api/persons/${personId}/history`)).json();
    expect(change.changes).toEqual([expect.objectContaining({ field: 'addressAbroad' })]);

    const [mine] = (await portal.get('/api/portal/requests')).json();
    expect(mine.status).toBe('partly_accepted');
    expect(mine.lines).toEqual([
      expect.objectContaining({ field: 'addressAbroad', accepted: true }),
      expect.objectContaining({ field: 'phones', accepted: false, reason: 'Số máy bàn của hội, không phải của bà' }),
    ]);
    const outcome = await lastMailTo(t, smtp, 'mai.tran@example.de');
    expect(outcome.subject).toContain(`Kết quả yêu cầu ${sent.reference}`);
    expect(outcome.text).toContain('Số máy bàn của hội, không phải của bà');

    const again = await officer.post(`/api/portal-requests/${sent.id}/decision`, {
      kind: 'change',
      fields: { addressAbroad: { accept: true }, phones: { accept: true } },
      version: decided.json().version,
    });
    expect(again.statusCode).toBe(409);
  });

  it("keeps a request in its province: another province's officer neither lists nor reads it", async () => {
    const { portal } = await signedIn('Trần Văn Lợi', 'loi.tran@example.de');
    const sent = await send(portal, { kind: 'change', changes: { occupation: 'Kỹ sư' } });
    const hp = await t.login(USERS.hpOfficer[0]);
    expect((await hp.get('/api/portal-requests')).json().items).toEqual([]);
    expect((await hp.get(`/api/portal-requests/${sent.id}`)).statusCode).toBe(404);
    const read = await detail(sent.id);
    expect(read.reference).toBe(sent.reference);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'province_codes'])
      .where('entity_id', '=', sent.id)
      .where('action', '=', 'portalRequest.read')
      .execute();
    expect(audit).toEqual([{ action: 'portalRequest.read', province_codes: ['92'] }]);
  });

  it('shows a deletion request with its legal deadline, overdue once past it, and carries it out when accepted', async () => {
    const { personId, portal } = await signedIn('Trần Văn Hùng', 'hung.tran@example.de');
    await giveConsent(officer, personId, ['registry', 'contact']);
    const sent = await send(portal, { kind: 'deletion', reason: 'Tôi không muốn lưu hồ sơ nữa' });
    expect(sent.overdue).toBe(false);
    const received = t.clock.now();
    try {
      t.clock.set(new Date(received.getTime() + 16 * DAY));
      const later = await t.login(USERS.ctOfficer[0]);
      const overdue = (await later.get('/api/portal-requests?overdue=true')).json();
      const mine = overdue.items.find((r: { id: string }) => r.id === sent.id);
      expect(mine).toMatchObject({ kind: 'deletion', overdue: true, dueOn: sent.dueOn });
      expect(overdue.overdue).toBe(overdue.items.length);
    } finally {
      t.clock.set(received);
      // The officer's session lapsed while the clock stood 16 days on.
      officer = await t.login(USERS.ctOfficer[0]);
    }
    const request = await detail(sent.id);
    const done = await officer.post(`/api/portal-requests/${sent.id}/decision`, {
      kind: 'deletion',
      accept: true,
      version: request.version,
    });
    expect(done.statusCode, done.body).toBe(200);
    expect((await officer.get(`/api/persons/${personId}`)).json().deletedAt).not.toBeNull();
    const consents = (
      await t.db
        .selectFrom('person_consent')
        .select(['purpose', 'decision', 'evidence'])
        .where('person_id', '=', personId)
        .orderBy('id')
        .execute()
    ).at(-1);
    expect(consents).toEqual({ purpose: 'registry', decision: 'withdrawn', evidence: `request:${sent.reference}` });
    expect((await portal.get('/api/portal/me')).json().record).toBeNull();
    const decidedAudit = await t.db
      .selectFrom('audit_log')
      .select('username')
      .where('entity_id', '=', sent.id)
      .where('action', '=', 'portalRequest.decide')
      .execute();
    expect(decidedAudit).toEqual([{ username: USERS.ctOfficer[0] }]);
  });

  it('carries out an objection as withdrawals of the uses named, refusing a refusal without a reason', async () => {
    const { personId, portal } = await signedIn('Trần Thị Hoa', 'hoa.tran@example.de');
    await giveConsent(officer, personId, ['contact', 'expert']);
    const sent = await send(portal, { kind: 'objection', purposes: ['contact'], reason: 'Thư mời quá nhiều' });
    const request = await detail(sent.id);
    const bare = await officer.post(`/api/portal-requests/${sent.id}/decision`, {
      kind: 'objection',
      accept: false,
      version: request.version,
    });
    expect(bare.json().error.details[0].path).toBe('reason');
    const wrongKind = await officer.post(`/api/portal-requests/${sent.id}/decision`, {
      kind: 'deletion',
      accept: true,
      version: request.version,
    });
    expect(wrongKind.json().error.details[0]).toMatchObject({ path: 'kind', code: 'requestKindMismatch' });
    await officer.post(`/api/portal-requests/${sent.id}/decision`, {
      kind: 'objection',
      accept: true,
      version: request.version,
    });
    const consents = (await portal.get('/api/portal/me')).json().consents;
    expect(consents).toMatchObject({ contact: 'withdrawn', expert: 'given' });
  });

  it('lets one who has no record register: the officer sees the same-name record, links it, and the registry consent ticked is recorded', async () => {
    const { personId } = await invitedToPortal(t, smtp, officer, 'Phạm Thị Lan', 'lan.cu@example.de');
    const { client: portal } = await signInToPortal(t, smtp, 'lan.pham@example.fr');
    const refused = await portal.post('/api/portal/requests', { kind: 'change', changes: { occupation: 'Bác sĩ' } });
    expect(refused.json().error.details[0].code).toBe('requestNeedsRecord');
    const unticked = await portal.post('/api/portal/requests', {
      kind: 'registration',
      person: { fullName: 'Phạm Thị Lan', hometownText: 'Cần Thơ' },
    });
    expect(unticked.json().error.details[0].path).toBe('agreeRegistry');
    const sent = await send(portal, {
      kind: 'registration',
      person: { fullName: 'Phạm Thị Lan', sex: 'female', hometownText: 'Cần Thơ', residenceCountry: 'FR' },
      agreeRegistry: true,
    });
    const request = await detail(sent.id);
    expect(request.provinceCode).toBe('92');
    expect(request.candidates).toEqual([expect.objectContaining({ personId, fullName: 'Phạm Thị Lan' })]);
    const linked = await officer.post(`/api/portal-requests/${sent.id}/decision`, {
      kind: 'registration',
      action: 'link',
      personId,
      version: request.version,
    });
    expect(linked.statusCode, linked.body).toBe(200);
    const me = (await portal.get('/api/portal/me')).json();
    expect(me.record.fullName).toBe('Phạm Thị Lan');
    expect(me.consents.registry).toBe('given');
  });

  it('opens a protection case from a call for help, with its number, and answers a procedure request with messages', async () => {
    const { portal } = await signedIn('Trần Văn Bảo', 'bao.tran@example.de');
    const call = await send(portal, {
      kind: 'protection',
      country: 'DE',
      caseType: 'lost_documents',
      title: 'Mất hộ chiếu tại Berlin',
      summary: 'Tôi bị mất hộ chiếu khi đi tàu.',
    });
    expect(call.dueOn).toBe(new Date(TEST_NOW.getTime() + 2 * DAY).toISOString().slice(0, 10));
    const opened = await officer.post(`/api/portal-requests/${call.id}/decision`, {
      kind: 'protection',
      accept: true,
      version: (await detail(call.id)).version,
    });
    expect(opened.statusCode, opened.body).toBe(200);
    const [mine] = (await portal.get('/api/portal/requests')).json();
    expect(mine.caseCode).toMatch(/^BH-92-2026-\d{4}$/);

    const help = await send(portal, {
      kind: 'procedure',
      procedureType: 'nationality',
      subject: 'Xin giữ quốc tịch Việt Nam',
      description: 'Tôi đã nhập quốc tịch Đức, muốn giữ quốc tịch Việt Nam.',
    });
    const written = await officer.post(`/api/portal-requests/${help.id}/messages`, {
      body: 'Xin gửi bản sao hộ chiếu.',
    });
    expect(written.statusCode, written.body).toBe(200);
    expect((await lastMailTo(t, smtp, 'bao.tran@example.de')).subject).toContain(help.reference);
    const answered = await portal.post(`/api/portal/requests/${help.id}/messages`, {
      body: 'Tôi đã gửi qua bưu điện.',
    });
    expect(answered.json().messages.map((m: { author: string }) => m.author)).toEqual(['officer', 'person']);
    const taken = await officer.post(`/api/portal-requests/${help.id}/decision`, {
      kind: 'procedure',
      status: 'in_progress',
      version: (await detail(help.id)).version,
    });
    expect(taken.json().status).toBe('in_progress');
  });

  it('makes an offer of expertise an expert profile, with the agreement to be proposed', async () => {
    const { personId, portal } = await signedIn('Trần Quốc Toàn', 'toan.tran@example.de');
    const sent = await send(portal, {
      kind: 'expertise',
      profile: { fields: ['it'], degree: 'doctor', employer: 'TU Berlin' },
      agreeExpert: true,
    });
    await officer.post(`/api/portal-requests/${sent.id}/decision`, {
      kind: 'expertise',
      accept: true,
      version: (await detail(sent.id)).version,
    });
    const profile = (await officer.get(`/api/persons/${personId}/expert`)).json();
    expect(profile).toMatchObject({ fields: ['it'], employer: 'TU Berlin' });
    expect((await portal.get('/api/portal/me')).json().consents.expert).toBe('given');
  });
});
