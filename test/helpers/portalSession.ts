import { expect } from 'vitest';
import type { TestSmtpServer } from './smtpServer';
import type { Client, TestApp } from './testApp';

/** The latest message that reached the address, once the outbox has sent what is due. */
export async function lastMailTo(t: TestApp, smtp: TestSmtpServer, email: string) {
  await t.app.mailDelivery.deliverDue();
  const mail = smtp.received.filter((m) => m.to && !Array.isArray(m.to) && m.to.text === email).at(-1);
  expect(mail, `a message to ${email}`).toBeDefined();
  return mail!;
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
