import { resolve } from 'node:path';
import { z } from 'zod';
import type { DatabaseTarget } from '../db/connection';

export interface Config {
  host: string;
  port: number;
  database: DatabaseTarget;
  logLevel: string;
  /** Behind a reverse proxy, take the client address from X-Forwarded-For. */
  trustProxy: boolean;
  /** Send the session cookie only over HTTPS; on for any deployment behind TLS. */
  cookieSecure: boolean;
  sessionLifetimeMs: number;
  maxFailedLogins: number;
  lockoutMs: number;
  /** Sign-ins and password changes one address may try in a minute. */
  loginAttemptsPerMinute: number;
  /** The key protecting identity numbers, base64; or the file holding it (see loadDataKey). */
  dataKeyBase64: string | null;
  dataKeyFile: string;
  /** Made-up persons added at start when the registry is empty (0: none). */
  demoPersons: number;
  /** Where uploaded import files wait until their batch is committed. */
  uploadDir: string;
  /** The largest file an import takes. */
  maxUploadBytes: number;
  /** How long an upload never committed keeps its file (personal data) before it is deleted. */
  uploadRetentionMs: number;
  /** Folder of the built web UI; null when the server runs without it (tests). */
  webDir: string | null;
  /** Where e-mail leaves (smtp://user:pass@host:587, smtps://… for TLS); null: it waits in the outbox. */
  smtpUrl: string | null;
  /** The sender of every message. */
  mailFrom: string;
  /** How often the outbox sends what is due (with SMTP). */
  mailDeliveryEveryMs: number;
  /** The address people reach the server at, for links in e-mails (portal invitations). */
  publicUrl: string;
}

const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const envSchema = z.object({
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_READ_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: flag.default(false),
  COOKIE_SECURE: flag.default(false),
  SESSION_HOURS: z.coerce.number().positive().default(8),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().positive().default(15),
  LOGIN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  DATA_KEY: z.string().optional(),
  DEMO_PERSONS: z.coerce.number().int().min(0).default(3000),
  DATA_KEY_FILE: z.string().optional(),
  MAX_UPLOAD_MB: z.coerce.number().positive().default(200),
  UPLOAD_RETENTION_DAYS: z.coerce.number().positive().default(30),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().default('Cầu Nối <no-reply@caunoi.invalid>'),
  PUBLIC_URL: z.string().url().optional(),
});

/** Reads the configuration from environment variables; a bad value stops the start with its name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (`DATABASE_URL=` in an env file) means unset.
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(given);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  if (e.DATABASE_READ_URL && !e.DATABASE_URL) {
    throw new Error('invalid configuration: DATABASE_READ_URL: a read replica needs its primary in DATABASE_URL');
  }
  return {
    host: e.HOST,
    port: e.PORT,
    database: e.DATABASE_URL
      ? { kind: 'postgresql', url: e.DATABASE_URL, readUrl: e.DATABASE_READ_URL }
      : { kind: 'pglite', dataDir: resolve(e.DATA_DIR, 'pglite') },
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    cookieSecure: e.COOKIE_SECURE,
    sessionLifetimeMs: e.SESSION_HOURS * 3_600_000,
    maxFailedLogins: e.LOGIN_MAX_FAILURES,
    lockoutMs: e.LOGIN_LOCK_MINUTES * 60_000,
    loginAttemptsPerMinute: e.LOGIN_ATTEMPTS_PER_MINUTE,
    dataKeyBase64: e.DATA_KEY ?? null,
    dataKeyFile: resolve(e.DATA_KEY_FILE ?? resolve(e.DATA_DIR, 'data.key')),
    demoPersons: e.DEMO_PERSONS,
    uploadDir: resolve(e.DATA_DIR, 'imports'),
    maxUploadBytes: Math.round(e.MAX_UPLOAD_MB * 2 ** 20),
    uploadRetentionMs: e.UPLOAD_RETENTION_DAYS * 86_400_000,
    webDir: resolve('dist/web'),
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM,
    mailDeliveryEveryMs: 15_000,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
  };
}
