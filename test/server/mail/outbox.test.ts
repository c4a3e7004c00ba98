import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USERS, planBody } from '../../helpers/factories';
import { startSmtpServer, type TestSmtpServer } from '../../helpers/smtpServer';
import { startTestApp, type Client, type TestApp } from '../../helpers/testApp';

/** A province with an agency owing a report on a plan, and the agency's officer reachable by e-mail. */
async function provinceWithPlan(t: TestApp, number: string) {
  const admin = await t.login(USERS.ctAdmin[0]);
  const police = (await admin.post('/api/agencies', { name: `Công an thành phố Cần Thơ ${number}` })).json();
  const key = number.replace(/\W/g, '').toLowerCase();
  const officer = (
    await admin.post('/api/users', {
      username: `ct.police.${key}`,
      displayName: 'Trần Văn Công',
      email: `Cong.${key}@CongAn.CanTho.gov.vn`,
      role: 'agency_officer',
      provinceCode: '92',
      agencyId: police.id,
    })
  ).json();
  // Addresses are kept as mail servers compare them: lower-case.
  expect(officer.user.email).toBe(`cong.${key}@congan.cantho.gov.vn`);
  const plan = (
    await admin.post('/api/plans', {
      ...planBody([{ content: 'Giải quyết thủ tục xuất nhập cảnh cho kiều bào', leadAgencyId: police.id }]),
      number,
    })
  ).json();
  return { admin, plan, email: officer.user.email as string };
}

describe('e-mail through a real SMTP server', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    // The server's own delivery never runs in the test: only deliverDue sends, so the counts are the test's.
    t = await startTestApp({ smtpUrl: smtp.url, mailDeliveryEveryMs: 3_600_000 });
    await t.createUser(...USERS.ctAdmin);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it("e-mails a plan's reminder to the agency's officer, in Vietnamese and English, and the outbox says it was sent", async () => {
    const { admin, plan, email } = await provinceWithPlan(t, '38/KH-UBND');
    const sent = await admin.post(`/api/plans/${plan.id}/reminders`, { message: 'Đề nghị báo cáo trước 30/10/2025' });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(await t.app.mailDelivery.deliverDue()).toBe(1);
    const mail = smtp.received.find((m) => m.text?.includes('38/KH-UBND'));
    expect(mail?.to).toMatchObject({ text: email });
    expect(mail?.subject).toBe(
      'Nhắc báo cáo kết quả thực hiện Kế hoạch 38/KH-UBND | Reminder: reports owed on plan 38/KH-UBND',
    );
    expect(mail?.text).toContain('Đề nghị báo cáo trước 30/10/2025');
    expect(mail?.text).toContain('— English —');
    const outbox = (await admin.get('/api/outbox')).json();
    expect(outbox.smtpConfigured).toBe(true);
    expect(outbox.items.find((m: { toAddress: string }) => m.toAddress === email)).toMatchObject({
      status: 'sent',
      attempts: 1,
      kind: 'plan.reminder',
    });
  });

  it('keeps a message the server refused, with the error, to be tried again later', async () => {
    const { admin, plan, email } = await provinceWithPlan(t, '39/KH-UBND');
    smtp.refuse(true);
    try {
      await admin.post(`/api/plans/${plan.id}/reminders`, { message: null });
      expect(await t.app.mailDelivery.deliverDue()).toBe(0);
    } finally {
      smtp.refuse(false);
    }
    const row = await t.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('to_address', '=', email)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'queued', attempts: 1 });
    expect(row.last_error).toContain('451');
    // Not due again yet; once due, it goes.
    expect(await t.app.mailDelivery.deliverDue()).toBe(0);
    await t.db
      .updateTable('mail_outbox')
      .set({ next_attempt_at: new Date(0) })
      .where('id', '=', row.id)
      .execute();
    expect(await t.app.mailDelivery.deliverDue()).toBe(1);
    expect(smtp.received.some((m) => m.text?.includes('39/KH-UBND'))).toBe(true);
  });
});

describe('e-mail with no SMTP configured', () => {
  let t: TestApp;
  let admin: Client;

  beforeAll(async () => {
    t = await startTestApp();
    await t.createUser(...USERS.ctAdmin);
    await t.createUser(...USERS.hpAdmin);
    await t.createUser(...USERS.ctOfficer);
  });
  afterAll(() => t.close());

  it('keeps messages in the outbox for the province administrators to read, audited, and nobody else', async () => {
    const setUp = await provinceWithPlan(t, '40/KH-UBND');
    admin = setUp.admin;
    await admin.post(`/api/plans/${setUp.plan.id}/reminders`, { message: null });
    expect(await t.app.mailDelivery.deliverDue()).toBe(0);
    const outbox = (await admin.get('/api/outbox?status=queued')).json();
    expect(outbox.smtpConfigured).toBe(false);
    const [message] = outbox.items;
    expect(message).toMatchObject({ toAddress: setUp.email, status: 'queued', provinceCode: '92' });
    expect((await admin.get(`/api/outbox/${message.id}`)).json().body).toContain('Kính gửi Công an thành phố Cần Thơ');
    const haiPhong = await t.login(USERS.hpAdmin[0]);
    expect((await haiPhong.get('/api/outbox')).json().total).toBe(0);
    expect((await haiPhong.get(`/api/outbox/${message.id}`)).statusCode).toBe(404);
    const officer = await t.login(USERS.ctOfficer[0]);
    expect((await officer.get('/api/outbox')).statusCode).toBe(403);
    const audited = await t.db.selectFrom('audit_log').select('action').where('action', 'like', 'outbox.%').execute();
    expect(new Set(audited.map((a) => a.action))).toEqual(new Set(['outbox.list', 'outbox.read']));
  });
});
