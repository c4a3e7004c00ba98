import { z } from 'zod';
import { pageQueryShape } from '../lists/pageQuery';

export const MAIL_STATUSES = ['queued', 'sent', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/** A message of the outbox (hộp thư đi): what was sent, waits to be, or could not be. */
export const mailMessageSchema = z.object({
  id: z.number().int(),
  kind: z.string(),
  toAddress: z.string(),
  subject: z.string(),
  body: z.string(),
  provinceCode: z.string().nullable(),
  status: z.enum(MAIL_STATUSES),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type MailMessage = z.infer<typeof mailMessageSchema>;

export const outboxQuerySchema = z.object({ status: z.enum(MAIL_STATUSES).optional(), ...pageQueryShape });

export const outboxPageSchema = z.object({
  items: z.array(mailMessageSchema),
  total: z.number().int(),
  /** Whether messages leave over SMTP (SMTP_URL); without it they only wait here. */
  smtpConfigured: z.boolean(),
});
