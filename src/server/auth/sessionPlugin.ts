import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../http/errors';
import { currentUserFromRow } from './currentUserFromRow';
import { findSession, SESSION_COOKIE, touchSession } from './sessions';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const TOUCH_AFTER_MS = 60_000;

/**
 * Loads the user behind the session cookie, and checks the CSRF token of state-changing requests:
 * the client reads the token from /api/auth/me and sends it back as the x-csrf-token header,
 * which a page on another site can neither read nor set.
 */
export function registerSessionPlugin(app: FastifyInstance): void {
  app.decorateRequest('user', null);
  app.decorateRequest('sessionTokenHash', null);
  app.decorateRequest('csrfToken', null);

  app.addHook('onRequest', async (request: FastifyRequest) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const now = app.clock();
    const session = await findSession(app.db, token, now);
    if (!session) return;
    request.user = currentUserFromRow(session);
    request.sessionTokenHash = session.token_hash;
    request.csrfToken = session.csrf_token;
    // The user is known before the check, so that a forged request is audited as theirs.
    if (!SAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== session.csrf_token) {
      throw new AppError(403, 'CSRF_FAILED');
    }
    if (now.getTime() - session.last_seen_at.getTime() > TOUCH_AFTER_MS) {
      await touchSession(app.db, session.token_hash, app.config.sessionLifetimeMs, now);
    }
  });
}
