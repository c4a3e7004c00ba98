import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuidParams } from '../../domain/api/routeParams';
import {
  messageInputSchema,
  myRequestSchema,
  requestDecisionSchema,
  requestDetailSchema,
  requestInputSchema,
  requestListQuerySchema,
  requestPageSchema,
} from '../../domain/portalRequests/requestSchemas';
import { requirePermission } from '../auth/guards';
import { portalAccountOf } from '../portal/portalSessions';
import { personServiceContext } from '../serviceContext';
import { decideRequest, writeAsOfficer } from './decideRequest';
import { cancelRequest, myRequests, submitRequest, writeAsPerson } from './portalSideRequests';
import { listRequests, readRequest } from './requestQueue';

const TAGS = ['portal requests'];

/** What kiều bào ask on the portal, and the officers' queue that settles it. */
export async function requestRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  // A person sends a few requests, not hundreds: more from one address in an hour is a robot.
  const submitLimit = { max: 30, timeWindow: '1 hour' };

  api.post(
    '/api/portal/requests',
    {
      schema: {
        tags: TAGS,
        summary:
          'Send a request: a correction, registration, right, offer of expertise or call for help (acknowledged by e-mail)',
        body: requestInputSchema,
        response: { 201: myRequestSchema },
      },
      config: { rateLimit: submitLimit },
      bodyLimit: 256 * 1024,
    },
    async (request, reply) =>
      reply.status(201).send(await submitRequest(app, request, portalAccountOf(request), request.body)),
  );
  api.get(
    '/api/portal/requests',
    {
      schema: {
        tags: TAGS,
        summary: 'My requests with their outcomes and messages',
        response: { 200: z.array(myRequestSchema) },
      },
    },
    async (request) => myRequests(app, portalAccountOf(request)),
  );
  api.post(
    '/api/portal/requests/:id/cancel',
    {
      schema: {
        tags: TAGS,
        summary: 'Withdraw a request not yet settled',
        params: uuidParams,
        response: { 200: myRequestSchema },
      },
    },
    async (request) => cancelRequest(app, request, portalAccountOf(request), request.params.id),
  );
  api.post(
    '/api/portal/requests/:id/messages',
    {
      schema: {
        tags: TAGS,
        summary: 'Write to the officers about a pending request',
        params: uuidParams,
        body: messageInputSchema,
        response: { 200: myRequestSchema },
      },
      config: { rateLimit: submitLimit },
    },
    async (request) => writeAsPerson(app, portalAccountOf(request), request.params.id, request.body.body),
  );

  const handle = requirePermission('portal.review');
  api.get(
    '/api/portal-requests',
    {
      onRequest: handle,
      schema: {
        tags: TAGS,
        summary: "The officers' queue: pending first by deadline, with the number overdue",
        querystring: requestListQuerySchema,
        response: { 200: requestPageSchema },
      },
    },
    async (request) => listRequests(personServiceContext(app, request), request.query),
  );
  api.get(
    '/api/portal-requests/:id',
    {
      onRequest: handle,
      schema: {
        tags: TAGS,
        summary: 'A request to handle (audited)',
        params: uuidParams,
        response: { 200: requestDetailSchema },
      },
    },
    async (request) => readRequest(personServiceContext(app, request), request.params.id),
  );
  api.post(
    '/api/portal-requests/:id/decision',
    {
      onRequest: handle,
      schema: {
        tags: TAGS,
        summary: 'Settle a request: per field for a correction; the outcome is e-mailed to the person',
        params: uuidParams,
        body: requestDecisionSchema,
        response: { 200: requestDetailSchema },
      },
    },
    async (request) =>
      decideRequest(personServiceContext(app, request), app.config.publicUrl, request.params.id, request.body),
  );
  api.post(
    '/api/portal-requests/:id/messages',
    {
      onRequest: handle,
      schema: {
        tags: TAGS,
        summary: 'Write to the person about a pending request (they are told by e-mail)',
        params: uuidParams,
        body: messageInputSchema,
        response: { 200: requestDetailSchema },
      },
    },
    async (request) =>
      writeAsOfficer(personServiceContext(app, request), app.config.publicUrl, request.params.id, request.body.body),
  );
}
