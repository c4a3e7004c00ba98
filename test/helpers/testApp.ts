import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/connection';
import type { DB } from '../../src/db/schema';
import type { Role } from '../../src/domain/auth/roles';
import { buildApp } from '../../src/server/app';
import { hashPassword } from '../../src/server/auth/passwords';
import { loadConfig, type Config } from '../../src/server/config';
import { openScratchDatabase } from '../../src/db/scratchDatabase';
import { testClock, type TestClock } from './testClock';
import { USERS } from './factories';

export const TEST_PASSWORD = 'correct horse battery staple';

export interface TestApp {
  app: FastifyInstance;
  db: Kysely<DB>;
  /** The app's clock: it stands at TEST_NOW until a test moves it. */
  clock: TestClock;
  /** Creates a user straight in the database, password TEST_PASSWORD, no password change pending. */
  createUser(
    username: string,
    role: Role,
    provinceCode?: string | null,
    unit?: { communeCode?: string; missionId?: string },
  ): Promise<number>;
  /** Signs in through the API; the client carries the session cookie and CSRF token. */
  login(username: string, password?: string): Promise<Client>;
  anonymous(): Client;
  close(): Promise<void>;
}

export interface Client {
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
  csrfToken: string | null;
  cookie: string | null;
}

export interface TestAppOptions {
  /** A database to use (closed with the app) instead of a new one. */
  database?: Database;
  clock?: TestClock;
}

/**
 * The app on a database of its own: in-memory PGlite, or a new database on the server named by
 * DATABASE_URL (CI's second stage), with a clock that stands still at TEST_NOW.
 */
export async function startTestApp(overrides: Partial<Config> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.database ?? (await openScratchDatabase(process.env.DATABASE_URL, 'cn_test'));
  const clock = options.clock ?? testClock();
  const uploadDir = await mkdtemp(join(tmpdir(), 'cn-uploads-'));
  const config: Config = { ...loadConfig({}), webDir: null, logLevel: 'silent', uploadDir, ...overrides };
  const app = await buildApp(config, database, randomBytes(32), { clock: clock.now });
  await app.ready();

  const makeClient = (cookie: string | null, csrfToken: string | null): Client => {
    const client: Client = {
      cookie,
      csrfToken,
      request: (options) =>
        app.inject({
          ...options,
          headers: {
            ...(client.cookie ? { cookie: client.cookie } : {}),
            ...(client.csrfToken ? { 'x-csrf-token': client.csrfToken } : {}),
            ...options.headers,
          },
        }),
      get: (url) => client.request({ method: 'GET', url }),
      post: (url, body) =>
        client.request({ method: 'POST', url, ...(body === undefined ? {} : { payload: body as object }) }),
      patch: (url, body) => client.request({ method: 'PATCH', url, payload: body as object }),
      put: (url, body) => client.request({ method: 'PUT', url, payload: body as object }),
      delete: (url) => client.request({ method: 'DELETE', url }),
    };
    return client;
  };

  return {
    app,
    db: database.db,
    clock,
    async createUser(username, role, provinceCode = null, unit = {}) {
      const row = await database.db
        .insertInto('app_user')
        .values({
          username,
          display_name: username,
          password_hash: await hashPassword(TEST_PASSWORD),
          role,
          province_code: provinceCode,
          commune_code: unit.communeCode ?? null,
          mission_id: unit.missionId ?? null,
          must_change_password: false,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async login(username, password = TEST_PASSWORD) {
      const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
      if (response.statusCode !== 200) throw new Error(`login ${username}: ${response.statusCode} ${response.body}`);
      const cookie = response.cookies.find((c) => c.name === 'cn_session');
      return makeClient(`cn_session=${cookie?.value}`, response.json().csrfToken);
    },
    anonymous: () => makeClient(null, null),
    async close() {
      await app.close();
      await database.close();
      await rm(uploadDir, { recursive: true, force: true });
    },
  };
}

/** The app with one signed-in province officer of Cần Thơ (92), `ct.officer`: where most request tests start. */
export async function startTestAppWithOfficer(
  overrides: Partial<Config> = {},
): Promise<{ t: TestApp; officer: Client }> {
  const t = await startTestApp(overrides);
  await t.createUser(...USERS.ctOfficer);
  return { t, officer: await t.login('ct.officer') };
}
