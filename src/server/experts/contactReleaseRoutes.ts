import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuidParams } from '../../domain/api/routeParams';
import {
  contactReleaseDecisionSchema,
  contactReleaseInputSchema,
  contactReleaseListQuerySchema,
  contactReleaseSchema,
} from '../../domain/experts/contactReleaseSchemas';
import { pageSchema } from '../../domain/lists/pageQuery';
import { requirePermission } from '../auth/guards';
import { serviceContext } from '../serviceContext';
import { decideRelease, listReleases, requestRelease } from './contactReleases';

const TAGS = ['experts'];

/** The national expert pool: contacts of an expert matched to a national need, released by their province. */
export async function contactReleaseRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const context = (request: FastifyRequest) => serviceContext(app, request);

  api.post(
    '/api/needs/:id/contact-releases',
    {
      onRequest: requirePermission('needs.write'),
      schema: {
        tags: TAGS,
        summary: "Ask the expert's province for the contacts of an expert matched to my national need",
        params: uuidParams,
        body: contactReleaseInputSchema,
        response: { 201: contactReleaseSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await requestRelease(context(request), request.params.id, request.body)),
  );

  api.get(
    '/api/contact-releases',
    {
      onRequest: requirePermission('needs.write'),
      schema: {
        tags: TAGS,
        summary: "Requests for experts' contacts my province received (for its experts) or sent (for its needs)",
        querystring: contactReleaseListQuerySchema,
        response: { 200: pageSchema(contactReleaseSchema) },
      },
    },
    async (request) => listReleases(context(request), request.query),
  );

  api.post(
    '/api/contact-releases/:id/decision',
    {
      onRequest: requirePermission('experts.write'),
      schema: {
        tags: TAGS,
        summary: "Release an expert's contacts to the need's poster, or refuse saying why (the expert's province)",
        params: z.object({ id: z.coerce.number().int().positive() }),
        body: contactReleaseDecisionSchema,
        response: { 200: contactReleaseSchema },
      },
    },
    async (request) => decideRelease(context(request), request.params.id, request.body),
  );
}
