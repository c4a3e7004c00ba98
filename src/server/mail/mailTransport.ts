import nodemailer from 'nodemailer';

/** What leaves by e-mail: one message, plain text (both languages in one body, Vietnamese first). */
export interface OutgoingMail {
  to: string;
  subject: string;
  body: string;
}

export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * The SMTP transport of `SMTP_URL` (smtp://user:pass@host:port, smtps:// for TLS from the start),
 * or null when none is configured: messages then wait in the outbox for an administrator to read.
 */
export function smtpTransport(smtpUrl: string | null, from: string): MailTransport | null {
  if (!smtpUrl) return null;
  const transport = nodemailer.createTransport(smtpUrl, { from });
  return {
    async send(mail) {
      await transport.sendMail({ to: mail.to, subject: mail.subject, text: mail.body });
    },
    close: () => transport.close(),
  };
}
