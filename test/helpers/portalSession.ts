import { expect } from 'vitest';
import { USERS } from './factories';
import { startSmtpServer, type TestSmtpServer } from './smtpServer';
import { startTestApp, type Client, type TestApp } from './testApp';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The latest message queued for the address, as it reached the SMTP server: what is due is sent
 * first, and a message the background delivery took meanwhile is waited for (arrivals may come in
 * another order than the outbox's, so the outbox says which one is the latest).
 */
export async function lastMailTo(t: TestApp, smtp: TestSmtpServer, email: string) {
  const latest = await t.db
    .selectFrom('mail_outbox')
    .select('subject')
    .where('to_address', '=', email)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  expect(latest, `a message to ${email}`).toBeDefined();
  for (let tries = 0; tries < 100; tries++) {
    await t.app.mailDelivery.deliverDue();
    const mail = smtp.received.find(
      (m) => m.to && !Array.isArray(m.to) && m.to.text === email && m.subject === latest!.subject,
    );
    if (mail) return mail;
    await pause(50);
  }
  throw new Error(`"${latest!.subject}" never reached ${email}`);
}

/** The code of the latest sign-in message to the address. */
export async function signInCodeOf(t: TestApp, smtp: TestSmtpServer, email: string): Promise<string> {
  const mail = await lastMailTo(t, smtp, email);
  return /\b(\d{6})\b/.exec(mail.text ?? '')![1]!;
}

/** Signs in to the portal as a kiều bào does: asks for a code, reads it in the mailbox, types it. */
export async function signInToPortal(t: TestApp, smtp: TestSmtpServer, email: string, invitation?: string) {
  const client: Client = t.anonymous();
  const asked = await client.post('/api/portal/auth/code', { email, invitation });
  expect(asked.statusCode, asked.body).toBe(202);
  const code = await signInCodeOf(t, smtp, email);
  const verified = await client.post('/api/portal/auth/verify', { email, code, invitation });
  expect(verified.statusCode, verified.body).toBe(200);
  const cookie = verified.cookies.find((c) => c.name === 'cn_portal');
  client.cookie = `cn_portal=${cookie?.value}`;
  client.csrfToken = verified.json().csrfToken;
  return { client, me: verified.json() };
}

/**
 * A person of Cần Thơ in Germany recorded by `officer` and invited to the portal at `email` (the
 * test app's public address is https://caunoi.example.vn); the token of the link e-mailed.
 */
export async function invitedToPortal(
  t: TestApp,
  smtp: TestSmtpServer,
  officer: Client,
  fullName: string,
  email: string,
) {
  const person = (
    await officer.post('/api/persons', {
      fullName,
      sex: 'female',
      hometownText: 'Cần Thơ',
      residenceCountry: 'DE',
      residenceCity: 'Berlin',
      emails: [email],
      notes: 'Ghi chú nội bộ của Sở',
      identityDocuments: [{ type: 'passport', number: 'C7654321', issuingCountry: 'VN' }],
    })
  ).json();
  const sent = await officer.post(`/api/persons/${person.id}/portal-invitation`, { email });
  expect(sent.statusCode, sent.body).toBe(200);
  const mail = await lastMailTo(t, smtp, email);
  const link = /https:\/\/caunoi\.example\.vn\/cong-dan\?\S+/.exec(mail.text ?? '')![0];
  expect(link).toBe(sent.json().link);
  return { personId: person.id as string, token: new URL(link).searchParams.get('moi')! };
}

/**
 * A test app that sends its mail to a real SMTP server started beside it, its public address
 * https://caunoi.example.vn, and Cần Thơ's officer signed in; `close` stops both.
 */
export async function startPortalTestApp() {
  const smtp = await startSmtpServer();
  const t = await startTestApp({ smtpUrl: smtp.url, publicUrl: 'https://caunoi.example.vn' });
  await t.createUser(...USERS.ctOfficer);
  const officer = await t.login(USERS.ctOfficer[0]);
  const close = async () => {
    await t.close();
    await smtp.close();
  };
  return { smtp, t, officer, close };
}
