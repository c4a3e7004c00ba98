import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { uuidParams } from '../../domain/api/routeParams';
import { pageSchema } from '../../domain/lists/pageQuery';
import {
  relativeDetailSchema,
  relativeListQuerySchema,
  relativeRecordSchema,
  relativeUpdateSchema,
} from '../../domain/relatives/relativeSchemas';
import { requirePermission } from '../auth/guards';
import { serviceContext } from '../serviceContext';
import { listRelatives, readRelative, updateRelative } from './relativeService';

const TAGS = ['relatives'];

/** Thân nhân: relatives in Việt Nam as records of their own, shared by the persons linked to them. */
export async function relativeRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const read = requirePermission('persons.read');
  const context = (request: FastifyRequest) => serviceContext(app, request);

  api.get(
    '/api/relatives',
    {
      onRequest: read,
      schema: {
        tags: TAGS,
        summary: 'Find relatives by name (any case, with or without diacritics) or phone, in my jurisdiction',
        querystring: relativeListQuerySchema,
        response: { 200: pageSchema(relativeRecordSchema) },
      },
    },
    async (request) => listRelatives(context(request), request.query),
  );

  api.get(
    '/api/relatives/:id',
    {
      onRequest: read,
      schema: {
        tags: TAGS,
        summary: 'A relative and the persons linked to it (audited)',
        params: uuidParams,
        response: { 200: relativeDetailSchema },
      },
    },
    async (request) => readRelative(context(request), request.params.id),
  );

  api.put(
    '/api/relatives/:id',
    {
      onRequest: requirePermission('persons.write'),
      schema: {
        tags: TAGS,
        summary: "Change a relative's name, phone or address: every linked person shows it",
        params: uuidParams,
        body: relativeUpdateSchema,
        response: { 200: relativeDetailSchema },
      },
    },
    async (request) => updateRelative(context(request), request.params.id, request.body),
  );
}
