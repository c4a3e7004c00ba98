import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuidParams } from '../../domain/api/routeParams';
import { pageSchema } from '../../domain/lists/pageQuery';
import {
  followUpDoneSchema,
  followUpInputSchema,
  returneeInputSchema,
  returneeListQuerySchema,
  returneeSchema,
  returneeSummarySchema,
  supportInputSchema,
} from '../../domain/returnees/returneeSchemas';
import { requirePermission } from '../auth/guards';
import { serviceContext } from '../serviceContext';
import {
  addFollowUp,
  addSupport,
  createReturnee,
  listReturnees,
  readReturnee,
  setFollowUpDone,
  updateReturnee,
} from './returneeService';

const TAGS = ['returnees'];

/** Người hồi hương: returns, the support given, the follow-ups. */
export async function returneeRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const read = requirePermission('persons.read');
  const write = requirePermission('persons.write');
  const context = (request: FastifyRequest) => serviceContext(app, request);
  const response = { 200: returneeSchema };

  api.get(
    '/api/returnees',
    {
      onRequest: read,
      schema: {
        tags: TAGS,
        summary: 'Returns recorded in my province, newest first',
        querystring: returneeListQuerySchema,
        response: { 200: pageSchema(returneeSummarySchema) },
      },
    },
    async (request) => listReturnees(context(request), request.query),
  );

  api.post(
    '/api/returnees',
    {
      onRequest: write,
      schema: { tags: TAGS, summary: 'Record a return', body: returneeInputSchema, response: { 201: returneeSchema } },
    },
    async (request, reply) => reply.status(201).send(await createReturnee(context(request), request.body)),
  );

  api.get(
    '/api/returnees/:id',
    {
      onRequest: read,
      schema: { tags: TAGS, summary: 'A return with support and follow-ups (audited)', params: uuidParams, response },
    },
    async (request) => readReturnee(context(request), request.params.id),
  );

  api.put(
    '/api/returnees/:id',
    {
      onRequest: write,
      schema: {
        tags: TAGS,
        summary: 'Change a return; `version` as read',
        params: uuidParams,
        body: returneeInputSchema,
        response,
      },
    },
    async (request) => updateReturnee(context(request), request.params.id, request.body),
  );

  api.post(
    '/api/returnees/:id/support',
    {
      onRequest: write,
      schema: { tags: TAGS, summary: 'Record support given', params: uuidParams, body: supportInputSchema, response },
    },
    async (request) => addSupport(context(request), request.params.id, request.body),
  );

  api.post(
    '/api/returnees/:id/follow-ups',
    {
      onRequest: write,
      schema: { tags: TAGS, summary: 'Plan a follow-up', params: uuidParams, body: followUpInputSchema, response },
    },
    async (request) => addFollowUp(context(request), request.params.id, request.body),
  );

  api.patch(
    '/api/returnees/:id/follow-ups/:followUpId',
    {
      onRequest: write,
      schema: {
        tags: TAGS,
        summary: 'Mark a follow-up done (doneOn) or not (null)',
        params: uuidParams.extend({ followUpId: z.coerce.number().int().positive() }),
        body: followUpDoneSchema,
        response,
      },
    },
    async (request) => setFollowUpDone(context(request), request.params.id, request.params.followUpId, request.body),
  );
}
