import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { changePasswordRequestSchema, loginRequestSchema, sessionResponseSchema } from '../../domain/auth/authSchemas';
import { unauthenticated } from '../http/errors';
import { actorOf, requireUser, sessionTokenHashOf } from './guards';
import { changePassword, login, logout } from './authService';
import { SESSION_COOKIE } from './sessions';

const TAGS = ['auth'];

export async function authRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const loginRateLimit = { max: app.config.loginAttemptsPerMinute, timeWindow: '1 minute' };
  const setSessionCookie = (reply: FastifyReply, token: string, expires: Date) =>
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: app.config.cookieSecure,
      expires,
    });

  api.post(
    '/api/auth/login',
    {
      schema: { tags: TAGS, summary: 'Sign in', body: loginRequestSchema, response: { 200: sessionResponseSchema } },
      config: { rateLimit: loginRateLimit },
      // Anyone may send it: a username and a password, nothing more.
      bodyLimit: 16 * 1024,
    },
    async (request, reply) => {
      const { session, user } = await login(app.db, app.config, request.body, request.ip, app.clock());
      setSessionCookie(reply, session.token, session.expiresAt);
      return { user, csrfToken: session.csrfToken };
    },
  );

  api.get(
    '/api/auth/me',
    { schema: { tags: TAGS, summary: 'The signed-in user', response: { 200: sessionResponseSchema } } },
    async (request) => {
      if (!request.user || !request.csrfToken) throw unauthenticated();
      return { user: request.user, csrfToken: request.csrfToken };
    },
  );

  api.post(
    '/api/auth/logout',
    {
      schema: { tags: TAGS, summary: 'Sign out', response: { 204: z.null() } },
      onRequest: requireUser({ allowPendingPasswordChange: true }),
    },
    async (request, reply) => {
      await logout(app.db, actorOf(request), sessionTokenHashOf(request));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/api/auth/password',
    {
      schema: {
        tags: TAGS,
        summary: 'Change my password',
        body: changePasswordRequestSchema,
        response: { 204: z.null() },
      },
      onRequest: requireUser({ allowPendingPasswordChange: true }),
      // A stolen session must not try passwords faster than a login may.
      config: { rateLimit: loginRateLimit },
    },
    async (request, reply) => {
      const { config, clock } = app;
      await changePassword(app.db, config, actorOf(request), sessionTokenHashOf(request), request.body, clock());
      return reply.status(204).send(null);
    },
  );
}
