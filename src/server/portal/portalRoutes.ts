import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuidParams } from '../../domain/api/routeParams';
import { consentSummarySchema } from '../../domain/consent/consentSchemas';
import {
  portalCodeRequestSchema,
  portalConsentSchema,
  portalExportSchema,
  portalReadSchema,
  portalInvitationSchema,
  portalInvitationSentSchema,
  portalMeSchema,
  portalVerifySchema,
  portalEventSchema,
  portalPasswordLoginSchema,
  portalPasswordSchema,
  portalRegistrationSchema,
  unsubscribeSchema,
} from '../../domain/portal/portalSchemas';
import { requirePermission } from '../auth/guards';
import { personServiceContext } from '../serviceContext';
import { myRequests } from '../portalRequests/portalSideRequests';
import { invitePerson } from './invitePerson';
import { renderPortalExportXlsx } from './portalExportXlsx';
import { myEvents, registerForEvent } from './portalEvents';
import { unsubscribe } from './unsubscribe';
import { sendSignInCode } from './portalCodes';
import { portalConsent, portalExport, portalMe, portalReads, verifySignIn } from './portalService';
import { auditPortal } from './portalAudit';
import { checkPortalPassword, setPortalPassword } from './portalPasswords';
import {
  createPortalSession,
  deletePortalSession,
  PORTAL_COOKIE,
  portalAccountOf,
  type PortalAccount,
} from './portalSessions';

const TAGS = ['portal'];

/** Cổng thông tin kiều bào: sign-in by e-mail code, the person's own record and consents. */
export async function portalRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  // Per address of the caller; the codes an e-mail address may be sent are limited apart (portalCodes).
  const signInLimit = { max: app.config.loginAttemptsPerMinute, timeWindow: '1 minute' };
  /** Opens the portal session on the reply (cookie, CSRF token) and answers with what the person sees. */
  const signedIn = (
    request: FastifyRequest,
    reply: FastifyReply,
    account: PortalAccount,
    session: { token: string; csrfToken: string; expiresAt: Date },
  ) => {
    reply.setCookie(PORTAL_COOKIE, session.token, {
      path: '/api/portal',
      httpOnly: true,
      sameSite: 'strict',
      secure: app.config.cookieSecure,
      expires: session.expiresAt,
    });
    request.portalCsrfToken = session.csrfToken;
    return portalMe(app, request, account);
  };

  api.post(
    '/api/portal/auth/code',
    {
      schema: {
        tags: TAGS,
        summary: 'Send a sign-in code to an address (answers the same whether it is known or not)',
        body: portalCodeRequestSchema,
        response: { 202: z.object({ sent: z.literal(true) }) },
      },
      config: { rateLimit: signInLimit },
      bodyLimit: 16 * 1024,
    },
    async (request, reply) => {
      await sendSignInCode(app.db, app.portalMac, request.body.email, app.clock());
      return reply.status(202).send({ sent: true });
    },
  );
  api.post(
    '/api/portal/auth/verify',
    {
      schema: {
        tags: TAGS,
        summary: 'Sign in with the code',
        body: portalVerifySchema,
        response: { 200: portalMeSchema },
      },
      config: { rateLimit: signInLimit },
      bodyLimit: 16 * 1024,
    },
    async (request, reply) => {
      const { account, session } = await verifySignIn(app, request, request.body);
      return signedIn(request, reply, account, session);
    },
  );
  api.post(
    '/api/portal/auth/login',
    {
      schema: {
        tags: TAGS,
        summary: 'Sign in with a password (one answer for any failure)',
        body: portalPasswordLoginSchema,
        response: { 200: portalMeSchema },
      },
      config: { rateLimit: signInLimit },
      bodyLimit: 16 * 1024,
    },
    async (request, reply) => {
      const account = await checkPortalPassword(app, request.body.email, request.body.password);
      const session = await createPortalSession(app.db, account.id, app.clock());
      await auditPortal(app, request, account, { action: 'portal.signin', details: { method: 'password' } });
      return signedIn(request, reply, account, session);
    },
  );
  api.post(
    '/api/portal/auth/password',
    {
      schema: {
        tags: TAGS,
        summary: 'Set or change my password (the e-mailed code keeps working)',
        body: portalPasswordSchema,
        response: { 204: z.null() },
      },
      config: { rateLimit: signInLimit },
    },
    async (request, reply) => {
      const account = portalAccountOf(request);
      await setPortalPassword(app, account, request.body.password);
      await auditPortal(app, request, account, { action: 'portal.password' });
      return reply.status(204).send(null);
    },
  );
  api.post(
    '/api/portal/auth/logout',
    { schema: { tags: TAGS, summary: 'Sign out of the portal', response: { 204: z.null() } } },
    async (request, reply) => {
      portalAccountOf(request);
      const token = request.cookies[PORTAL_COOKIE];
      if (token) await deletePortalSession(app.db, token);
      reply.clearCookie(PORTAL_COOKIE, { path: '/api/portal' });
      return reply.status(204).send(null);
    },
  );
  api.get(
    '/api/portal/me',
    { schema: { tags: TAGS, summary: 'My record and consents (audited)', response: { 200: portalMeSchema } } },
    async (request) => portalMe(app, request, portalAccountOf(request)),
  );
  api.post(
    '/api/portal/consents',
    {
      schema: {
        tags: TAGS,
        summary: 'Agree to a purpose or withdraw, in one click',
        body: portalConsentSchema,
        response: { 200: consentSummarySchema },
      },
    },
    async (request) => portalConsent(app, request, portalAccountOf(request), request.body),
  );

  api.get(
    '/api/portal/me/reads',
    {
      schema: {
        tags: TAGS,
        summary: 'Who read my record: reads by agency or province and month',
        response: { 200: z.array(portalReadSchema) },
      },
    },
    async (request) => portalReads(app, portalAccountOf(request)),
  );
  api.get(
    '/api/portal/me/export.json',
    { schema: { tags: TAGS, summary: 'Download my data (audited)', response: { 200: portalExportSchema } } },
    async (request, reply) => {
      const account = portalAccountOf(request);
      const data = await portalExport(app, request, account);
      reply.header('content-disposition', 'attachment; filename="du-lieu-cua-toi.json"');
      return { ...data, requests: await myRequests(app, account) };
    },
  );

  api.get(
    '/api/portal/events',
    {
      schema: {
        tags: TAGS,
        summary: 'The events of my home province not yet over, and whether I registered',
        response: { 200: z.array(portalEventSchema) },
      },
    },
    async (request) => myEvents(app, portalAccountOf(request)),
  );
  api.post(
    '/api/portal/events/:id/registration',
    {
      schema: {
        tags: TAGS,
        summary: "Register for an event or cancel (the event's invitation list shows it)",
        params: uuidParams,
        body: portalRegistrationSchema,
        response: { 200: portalEventSchema },
      },
    },
    async (request) => registerForEvent(app, request, portalAccountOf(request), request.params.id, request.body.going),
  );
  api.post(
    '/api/portal/unsubscribe',
    {
      schema: {
        tags: TAGS,
        summary: "An e-mail's unsubscribe link: withdraws the person's consent to being contacted (no sign-in)",
        body: unsubscribeSchema,
        response: { 200: z.object({ withdrawn: z.literal(true) }) },
      },
      config: { rateLimit: signInLimit },
    },
    async (request) => unsubscribe(app, request, request.body.token),
  );

  api.get(
    '/api/portal/me/export.xlsx',
    { schema: { tags: TAGS, summary: 'Download my data as a workbook (audited)' } },
    async (request, reply) => {
      const account = portalAccountOf(request);
      const data = await portalExport(app, request, account);
      const workbook = await renderPortalExportXlsx(data, await myRequests(app, account));
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', 'attachment; filename="du-lieu-cua-toi.xlsx"')
        .send(workbook);
    },
  );

  // Staff: an officer invites the person to the portal.
  api.post(
    '/api/persons/:id/portal-invitation',
    {
      onRequest: requirePermission('persons.write'),
      schema: {
        tags: TAGS,
        summary: 'E-mail the person a signed link to the portal, linked to this record (audited)',
        params: uuidParams,
        body: portalInvitationSchema,
        response: { 200: portalInvitationSentSchema },
      },
    },
    async (request) =>
      invitePerson(
        personServiceContext(app, request),
        { mac: app.portalMac, publicUrl: app.config.publicUrl },
        request.params.id,
        request.body.email,
      ),
  );
}
