import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuidParams } from '../../domain/api/routeParams';
import {
  contactInputSchema,
  contactSchema,
  expertListQuerySchema,
  expertMatchSchema,
  expertProfileInputSchema,
  expertProfileSchema,
  expertSummarySchema,
  needInputSchema,
  needListQuerySchema,
  needSchema,
} from '../../domain/experts/expertSchemas';
import { EXPORT_FORMATS } from '../../domain/exports/exportFormats';
import { pageSchema } from '../../domain/lists/pageQuery';
import { requirePermission } from '../auth/guards';
import { sendExport } from '../exports/sendExport';
import { serviceContext } from '../serviceContext';
import { addContact, listContacts } from './contactService';
import { exportExperts, listExperts } from './expertService';
import { createNeed, listNeeds, needMatches, readNeed, updateNeed } from './needService';
import { deleteExpertProfile, readExpertProfile, saveExpertProfile } from './profileService';

const TAGS = ['experts'];

/** Chuyên gia, trí thức: profiles, the needs of the province's agencies, matching and outreach. */
export async function expertRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const read = requirePermission('experts.read');
  const write = requirePermission('experts.write');
  const needs = requirePermission('needs.write');
  const context = (request: FastifyRequest) => serviceContext(app, request);

  api.get(
    '/api/experts',
    {
      onRequest: read,
      schema: {
        tags: TAGS,
        summary:
          'Experts of my jurisdiction by name, field (a group takes its specialities), language, willingness, country',
        querystring: expertListQuerySchema,
        response: { 200: pageSchema(expertSummarySchema) },
      },
    },
    async (request) => listExperts(context(request), request.query),
  );

  for (const format of EXPORT_FORMATS) {
    api.get(
      `/api/experts/export.${format}`,
      {
        onRequest: write,
        schema: { tags: TAGS, summary: `The filtered list as ${format} (audited)`, querystring: expertListQuerySchema },
      },
      async (request, reply) =>
        sendExport(reply, format, 'danh-sach-chuyen-gia', exportExperts(context(request), request.query, format)),
    );
  }

  api.get(
    '/api/persons/:id/expert',
    {
      onRequest: read,
      schema: {
        tags: TAGS,
        summary: "A person's expert profile, null when none (audited)",
        params: uuidParams,
        response: { 200: expertProfileSchema.nullable() },
      },
    },
    async (request) => readExpertProfile(context(request), request.params.id),
  );

  api.put(
    '/api/persons/:id/expert',
    {
      onRequest: write,
      schema: {
        tags: TAGS,
        summary: "Create or change a person's expert profile (changing: `version` as read)",
        params: uuidParams,
        body: expertProfileInputSchema,
        response: { 200: expertProfileSchema },
      },
    },
    async (request) => saveExpertProfile(context(request), request.params.id, request.body),
  );

  api.delete(
    '/api/persons/:id/expert',
    { onRequest: write, schema: { tags: TAGS, summary: "Remove a person's expert profile", params: uuidParams } },
    async (request, reply) => {
      await deleteExpertProfile(context(request), request.params.id);
      return reply.status(204).send();
    },
  );

  api.get(
    '/api/persons/:id/expert/contacts',
    {
      onRequest: read,
      schema: {
        tags: TAGS,
        summary: 'Outreach to a person, newest first',
        params: uuidParams,
        response: { 200: z.array(contactSchema) },
      },
    },
    async (request) => listContacts(context(request), { personId: request.params.id }),
  );

  api.post(
    '/api/persons/:id/expert/contacts',
    {
      onRequest: write,
      schema: {
        tags: TAGS,
        summary: 'Record an outreach to a person (about a need, or none)',
        params: uuidParams,
        body: contactInputSchema,
        response: { 200: z.array(contactSchema) },
      },
    },
    async (request) => addContact(context(request), request.params.id, request.body),
  );

  api.get(
    '/api/needs',
    {
      onRequest: needs,
      schema: {
        tags: TAGS,
        summary: "Needs for experts posted by my province's agencies",
        querystring: needListQuerySchema,
        response: { 200: pageSchema(needSchema) },
      },
    },
    async (request) => listNeeds(context(request), request.query),
  );

  api.post(
    '/api/needs',
    {
      onRequest: needs,
      schema: { tags: TAGS, summary: 'Post a need for experts', body: needInputSchema, response: { 201: needSchema } },
    },
    async (request, reply) => reply.status(201).send(await createNeed(context(request), request.body)),
  );

  api.get(
    '/api/needs/:id',
    { onRequest: needs, schema: { tags: TAGS, summary: 'A need', params: uuidParams, response: { 200: needSchema } } },
    async (request) => readNeed(context(request), request.params.id),
  );

  api.put(
    '/api/needs/:id',
    {
      onRequest: needs,
      schema: {
        tags: TAGS,
        summary: 'Change or close a need; `version` as read',
        params: uuidParams,
        body: needInputSchema,
        response: { 200: needSchema },
      },
    },
    async (request) => updateNeed(context(request), request.params.id, request.body),
  );

  api.get(
    '/api/needs/:id/matches',
    {
      onRequest: needs,
      schema: {
        tags: TAGS,
        summary:
          'Experts ranked for the need (of my jurisdiction; of every province for a national need), with the reasons (audited)',
        params: uuidParams,
        response: { 200: z.array(expertMatchSchema) },
      },
    },
    async (request) => needMatches(context(request), request.params.id),
  );

  api.get(
    '/api/needs/:id/contacts',
    {
      onRequest: read,
      schema: {
        tags: TAGS,
        summary: 'Outreach about a need',
        params: uuidParams,
        response: { 200: z.array(contactSchema) },
      },
    },
    async (request) => {
      await readNeed(context(request), request.params.id);
      return listContacts(context(request), { needId: request.params.id });
    },
  );
}
