import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventBody } from '../../helpers/factories';
import { giveConsent } from '../../helpers/consent';
import {
  invitedToPortal,
  lastMailTo,
  signInCodeOf,
  signInToPortal,
  startPortalTestApp,
} from '../../helpers/portalSession';
import type { TestSmtpServer } from '../../helpers/smtpServer';
import type { Client, TestApp } from '../../helpers/testApp';

describe('the kiều bào portal', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let officer: Client;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ smtp, t, officer, close } = await startPortalTestApp());
  });
  afterAll(() => close());

  const invited = (fullName: string, email: string) => invitedToPortal(t, smtp, officer, fullName, email);

  it('answers a request for a code the same for any address, and signs in with the code e-mailed', async () => {
    const anonymous = t.anonymous();
    const known = await anonymous.post('/api/portal/auth/code', { email: 'Nobody.Here@Example.de' });
    expect(known.statusCode).toBe(202);
    expect(known.json()).toEqual({ sent: true });
    const code = await signInCodeOf(t, smtp, 'nobody.here@example.de');
    const wrong = await anonymous.post('/api/portal/auth/verify', {
      email: 'nobody.here@example.de',
      code: code === '000000' ? '111111' : '000000',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details[0].path).toBe('code');
    const { client, me } = await signInToPortal(t, smtp, 'nobody.here@example.de');
    expect(me).toMatchObject({ email: 'nobody.here@example.de', record: null, consents: null });
    expect((await client.get('/api/portal/me')).json().email).toBe('nobody.here@example.de');
  });

  it("links the account to the person's record through an officer's invitation, showing what a person may see", async () => {
    const { token } = await invited('Lưu Thị Bích Ngọc', 'ngoc.luu@example.de');
    const { me } = await signInToPortal(t, smtp, 'ngoc.luu@example.de', token);
    expect(me.record).toMatchObject({ fullName: 'Lưu Thị Bích Ngọc', residenceCity: 'Berlin' });
    expect(me.record).not.toHaveProperty('notes');
    expect(me.record.identityDocuments).toEqual([{ type: 'passport', number: '••••4321' }]);
    expect(me.consents).toMatchObject({ contact: 'unknown' });
  });

  it('refuses an invitation for another address, or forged', async () => {
    const { token } = await invited('Lưu Văn Khải', 'khai.luu@example.de');
    const client = t.anonymous();
    await client.post('/api/portal/auth/code', { email: 'someone.else@example.de' });
    const code = await signInCodeOf(t, smtp, 'someone.else@example.de');
    const otherAddress = await client.post('/api/portal/auth/verify', {
      email: 'someone.else@example.de',
      code,
      invitation: token,
    });
    expect(otherAddress.json().error.details[0].path).toBe('invitation');
    const [payload] = token.split('.');
    const forged = await client.post('/api/portal/auth/verify', {
      email: 'khai.luu@example.de',
      code: '123456',
      invitation: `${payload}.${'A'.repeat(43)}`,
    });
    expect(forged.json().error.details[0].path).toBe('invitation');
  });

  it('withdraws consent in one click, and an invitation by filter then leaves the person out and says so', async () => {
    const { personId, token } = await invited('Lưu Thị Hạnh', 'hanh.luu@example.de');
    await giveConsent(officer, personId, ['contact']);
    const { client } = await signInToPortal(t, smtp, 'hanh.luu@example.de', token);
    const withdrawn = await client.post('/api/portal/consents', { purpose: 'contact', decision: 'withdrawn' });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json().contact).toBe('withdrawn');
    const [latest] = (await officer.get(`/api/persons/${personId}/consents`)).json().history;
    expect(latest).toMatchObject({
      purpose: 'contact',
      decision: 'withdrawn',
      channel: 'portal',
      textVersion: '2026-01',
    });
    const event = (await officer.post('/api/events', eventBody('Gặp mặt kiều bào tại Đức'))).json().record;
    const invitedToEvent = await officer.post(`/api/events/${event.id}/invitations`, { personIds: [personId] });
    expect(invitedToEvent.json()).toEqual({ invited: 0, alreadyInvited: 0, withoutContactConsent: 1, mailed: 0 });
  });

  it('e-mails an invitation by filter with a link that withdraws contact consent, which a forged link cannot', async () => {
    const { personId } = await invited('Lưu Văn Tâm', 'tam.luu@example.de');
    await giveConsent(officer, personId, ['contact']);
    const event = (await officer.post('/api/events', eventBody('Tết cộng đồng tại Berlin'))).json().record;
    const sent = await officer.post(`/api/events/${event.id}/invitations`, { personIds: [personId], sendEmail: true });
    expect(sent.json()).toEqual({ invited: 1, alreadyInvited: 0, withoutContactConsent: 0, mailed: 1 });
    const mail = await lastMailTo(t, smtp, 'tam.luu@example.de');
    expect(mail.subject).toContain('Tết cộng đồng tại Berlin');
    const link = new URL(/https:\/\/caunoi\.example\.vn\/cong-dan\/huy-nhan-thu\?\S+/.exec(mail.text ?? '')![0]);
    const token = link.searchParams.get('t')!;
    const anonymous = t.anonymous();
    const forged = await anonymous.post('/api/portal/unsubscribe', {
      token: `${token.split('.')[0]}.${'A'.repeat(43)}`,
    });
    expect(forged.statusCode).toBe(400);
    const done = await anonymous.post('/api/portal/unsubscribe', { token });
    expect(done.statusCode, done.body).toBe(200);
    const [latest] = (await officer.get(`/api/persons/${personId}/consents`)).json().history;
    expect(latest).toMatchObject({ purpose: 'contact', decision: 'withdrawn', channel: 'portal' });
  });

  it("lets the person register for an event of their home province, which the officer's list shows, and cancel", async () => {
    const { token } = await invited('Lưu Thị Xuân', 'xuan.luu@example.de');
    const { client } = await signInToPortal(t, smtp, 'xuan.luu@example.de', token);
    const event = (await officer.post('/api/events', eventBody('Xuân quê hương Cần Thơ'))).json().record;
    const offered = (await client.get('/api/portal/events')).json();
    expect(offered.map((e: { title: string }) => e.title)).toContain('Xuân quê hương Cần Thơ');
    const going = await client.post(`/api/portal/events/${event.id}/registration`, { going: true });
    expect(going.json().registered).toBe(true);
    const listed = (await officer.get(`/api/events/${event.id}/invitations`)).json();
    expect(listed.items).toEqual([expect.objectContaining({ name: 'Lưu Thị Xuân', status: 'registered' })]);
    await client.post(`/api/portal/events/${event.id}/registration`, { going: false });
    const after = (await officer.get(`/api/events/${event.id}/invitations`)).json();
    expect(after.items[0].status).toBe('declined');
  });

  it('shows the person who read their record, by reader and month, and gives them all of it to download', async () => {
    const { personId, token } = await invited('Lưu Văn Minh', 'minh.luu@example.de');
    await officer.get(`/api/persons/${personId}`);
    await officer.get(`/api/persons/${personId}/history`);
    await giveConsent(officer, personId, ['registry']);
    const { client } = await signInToPortal(t, smtp, 'minh.luu@example.de', token);
    const reads = (await client.get('/api/portal/me/reads')).json();
    expect(reads).toEqual([
      {
        month: expect.stringMatching(/^\d{4}-\d{2}$/),
        reader: { kind: 'province', agencyName: null, provinceCode: '92' },
        reads: expect.any(Number),
      },
    ]);
    // The officer's reads: the record, its history, and its consents once recorded (giveConsent shows them).
    expect(reads[0].reads).toBe(3);
    const download = await client.get('/api/portal/me/export.json');
    expect(download.headers['content-disposition']).toContain('attachment');
    expect(download.json()).toMatchObject({
      email: 'minh.luu@example.de',
      record: { fullName: 'Lưu Văn Minh' },
      consents: [{ purpose: 'registry', decision: 'given', channel: 'officer', textVersion: '2026-01' }],
      reads: [{ reads: 3 }],
      requests: [],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await client.get('/api/portal/me/export.xlsx')).rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Hồ sơ', 'Sự đồng ý', 'Lượt xem', 'Yêu cầu']);
    expect(workbook.getWorksheet('Hồ sơ')!.getRow(2).values).toEqual([
      undefined,
      'Họ và tên / Full name',
      'Lưu Văn Minh',
    ]);
    expect(workbook.getWorksheet('Sự đồng ý')!.rowCount).toBe(2);
  });

  it('sends an address at most three codes in a quarter of an hour, answering the same', async () => {
    const client = t.anonymous();
    for (let i = 0; i < 5; i++) {
      expect((await client.post('/api/portal/auth/code', { email: 'flood@example.de' })).statusCode).toBe(202);
    }
    const codes = await t.db.selectFrom('portal_code').select('id').where('email', '=', 'flood@example.de').execute();
    expect(codes).toHaveLength(3);
  });

  it('lets a person choose a password, answering every failure alike and locking it after five wrong ones', async () => {
    const { client } = await signInToPortal(t, smtp, 'pw.luu@example.de');
    expect((await client.post('/api/portal/auth/password', { password: 'ngắn' })).statusCode).toBe(400);
    expect((await client.post('/api/portal/auth/password', { password: 'mật khẩu của tôi 2026' })).statusCode).toBe(
      204,
    );
    const anonymous = t.anonymous();
    const signIn = (email: string, password: string) => anonymous.post('/api/portal/auth/login', { email, password });
    const ok = await signIn('pw.luu@example.de', 'mật khẩu của tôi 2026');
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.cookies.find((c) => c.name === 'cn_portal')).toBeDefined();
    const wrong = await signIn('pw.luu@example.de', 'không phải');
    const unknown = await signIn('nobody.pw@example.de', 'không phải');
    expect([wrong.statusCode, unknown.statusCode]).toEqual([400, 400]);
    expect(wrong.json().error.details).toEqual(unknown.json().error.details);
    for (let i = 0; i < 4; i++) await signIn('pw.luu@example.de', 'không phải');
    expect((await signIn('pw.luu@example.de', 'mật khẩu của tôi 2026')).statusCode).toBe(400);
  });

  it('gives a code five tries, then none', async () => {
    const client = t.anonymous();
    await client.post('/api/portal/auth/code', { email: 'guess@example.de' });
    const code = await signInCodeOf(t, smtp, 'guess@example.de');
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++)
      await client.post('/api/portal/auth/verify', { email: 'guess@example.de', code: wrong });
    const right = await client.post('/api/portal/auth/verify', { email: 'guess@example.de', code });
    expect(right.statusCode).toBe(400);
  });

  it('gives a portal session nothing of any staff route: each answers it as it answers nobody', async () => {
    const { client: portal } = await signInToPortal(t, smtp, 'routes@example.de');
    const anonymous = t.anonymous();
    const document = (await anonymous.get('/api/docs/json')).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const uuid = '00000000-0000-4000-8000-000000000001';
    const routes = Object.entries(document.paths)
      .filter(([path]) => !path.startsWith('/api/portal/'))
      .flatMap(([path, methods]) => Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path })));
    expect(routes.length).toBeGreaterThan(100);
    const differing: string[] = [];
    for (const { method, path } of routes) {
      const url = path.replace(/\{(\w+)\}/g, (_, name: string) => (/id$/i.test(name) && name !== 'id' ? '1' : uuid));
      const send = (client: Client) =>
        client.request({ method: method as 'GET', url, ...(method === 'GET' ? {} : { payload: {} }) });
      const [asPortal, asNobody] = [await send(portal), await send(anonymous)];
      if (asPortal.statusCode !== asNobody.statusCode || (asPortal.statusCode === 200 && method !== 'GET'))
        differing.push(`${method} ${path}: ${asPortal.statusCode} vs ${asNobody.statusCode}`);
    }
    expect(differing).toEqual([]);
  });
});
