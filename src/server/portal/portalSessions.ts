import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { hashToken } from '../auth/sessions';
import { AppError } from '../http/errors';

/** The portal's own cookie: a staff session and a portal session never stand for each other. */
export const PORTAL_COOKIE = 'cn_portal';
export const PORTAL_SESSION_MS = 12 * 3_600_000;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface PortalAccount {
  id: string;
  email: string;
  personId: string | null;
}

export async function createPortalSession(db: Kysely<DB>, accountId: string, now: Date) {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + PORTAL_SESSION_MS);
  await db
    .insertInto('portal_session')
    .values({
      token_hash: hashToken(token),
      account_id: accountId,
      csrf_token: csrfToken,
      created_at: now,
      expires_at: expiresAt,
    })
    .execute();
  return { token, csrfToken, expiresAt };
}

export async function deletePortalSession(db: Kysely<DB>, token: string): Promise<void> {
  await db.deleteFrom('portal_session').where('token_hash', '=', hashToken(token)).execute();
}

/**
 * Loads the portal account behind the portal cookie on /api/portal/ requests only, and checks the
 * CSRF token of state-changing ones as staff requests are checked. Staff routes never look at it.
 */
export function registerPortalSessionPlugin(app: FastifyInstance): void {
  app.decorateRequest('portalAccount', null);
  app.decorateRequest('portalCsrfToken', null);
  app.addHook('onRequest', async (request: FastifyRequest) => {
    if (!request.url.startsWith('/api/portal/')) return;
    const token = request.cookies[PORTAL_COOKIE];
    if (!token) return;
    const session = await app.db
      .selectFrom('portal_session as s')
      .innerJoin('portal_account as a', 'a.id', 's.account_id')
      .select(['a.id', 'a.email', 'a.person_id', 's.csrf_token'])
      .where('s.token_hash', '=', hashToken(token))
      .where('s.expires_at', '>', app.clock())
      .executeTakeFirst();
    if (!session) return;
    request.portalAccount = { id: session.id, email: session.email, personId: session.person_id };
    request.portalCsrfToken = session.csrf_token;
    if (!SAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== session.csrf_token) {
      throw new AppError(403, 'CSRF_FAILED');
    }
  });
}

/** The signed-in portal account, or 401. */
export function portalAccountOf(request: FastifyRequest): PortalAccount {
  if (!request.portalAccount) throw new AppError(401, 'UNAUTHENTICATED');
  return request.portalAccount;
}
