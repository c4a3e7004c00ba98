import { personServiceContext, type PersonServiceContext } from '../serviceContext';
import { personPageSchema, personStatsSchema } from '../../domain/persons/personSchemas';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuidParams } from '../../domain/api/routeParams';
import { personChangeSchema } from '../../domain/persons/historySchema';
import { personListQuerySchema } from '../../domain/persons/listQuery';
import { personInputSchema, personSchema, personUpdateSchema } from '../../domain/persons/personSchemas';
import { currentUser, requirePermission } from '../auth/guards';
import { countPersonsBy } from './personStats';
import { EXPORT_FORMATS } from '../../domain/exports/exportFormats';
import { sendExport } from '../exports/sendExport';
import { exportPersons } from './exportPersons';
import { searchPersons } from './searchPersons';
import { createPerson, deleteOrRestorePerson, personHistory, readPerson, updatePerson } from './personService';
import { listProvince } from '../access/policy';

const TAGS = ['persons'];

/** Hồ sơ kiều bào: the person registry. */
export async function personRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const read = requirePermission('persons.read');
  const write = requirePermission('persons.write');
  const context = (request: FastifyRequest): PersonServiceContext => personServiceContext(app, request);

  api.get(
    '/api/persons',
    {
      onRequest: read,
      schema: {
        tags: TAGS,
        summary: 'Search and list persons (name in any order, with or without diacritics; filters; keyset pages)',
        querystring: personListQuerySchema,
        response: { 200: personPageSchema },
      },
    },
    async (request) => searchPersons(context(request), request.query),
  );

  for (const format of EXPORT_FORMATS) {
    api.get(
      `/api/persons/export.${format}`,
      {
        onRequest: requirePermission('persons.export'),
        schema: {
          tags: TAGS,
          summary: `The filtered list as ${format} (the list's filters; Vietnamese headers; streamed; audited)`,
          querystring: personListQuerySchema,
        },
      },
      async (request, reply) =>
        sendExport(reply, format, 'danh-sach-kieu-bao', await exportPersons(context(request), request.query, format)),
    );
  }

  api.get(
    '/api/persons/stats',
    {
      onRequest: requirePermission('statistics.read'),
      schema: {
        tags: TAGS,
        summary: 'Persons by country of residence and by hometown province, in my jurisdiction',
        response: { 200: personStatsSchema },
      },
    },
    async (request) => {
      const scope = listProvince(currentUser(request), null);
      const [byCountry, byProvince] = await Promise.all([
        countPersonsBy(app.readDb, scope, 'residence_country'),
        countPersonsBy(app.readDb, scope, 'hometown_province_code'),
      ]);
      return { byCountry, byProvince };
    },
  );

  api.post(
    '/api/persons',
    {
      onRequest: write,
      schema: { tags: TAGS, summary: 'Create a person', body: personInputSchema, response: { 201: personSchema } },
    },
    async (request, reply) => reply.status(201).send(await createPerson(context(request), request.body)),
  );

  api.get(
    '/api/persons/:id',
    {
      onRequest: read,
      schema: { tags: TAGS, summary: 'A full record (audited)', params: uuidParams, response: { 200: personSchema } },
    },
    async (request) => readPerson(context(request), request.params.id),
  );

  api.put(
    '/api/persons/:id',
    {
      onRequest: write,
      schema: {
        tags: TAGS,
        summary: 'Replace a record; `version` must be the one read (409 otherwise)',
        params: uuidParams,
        body: personUpdateSchema,
        response: { 200: personSchema },
      },
    },
    async (request) => updatePerson(context(request), request.params.id, request.body),
  );

  api.delete(
    '/api/persons/:id',
    {
      onRequest: write,
      schema: { tags: TAGS, summary: 'Soft-delete', params: uuidParams, response: { 200: personSchema } },
    },
    async (request) => deleteOrRestorePerson(context(request), request.params.id, true),
  );

  api.post(
    '/api/persons/:id/restore',
    {
      onRequest: write,
      schema: { tags: TAGS, summary: 'Restore a deleted record', params: uuidParams, response: { 200: personSchema } },
    },
    async (request) => deleteOrRestorePerson(context(request), request.params.id, false),
  );

  api.get(
    '/api/persons/:id/history',
    {
      onRequest: read,
      schema: {
        tags: TAGS,
        summary: 'Every change, newest first',
        params: uuidParams,
        response: { 200: z.array(personChangeSchema) },
      },
    },
    async (request) => personHistory(context(request), request.params.id),
  );
}
