import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuidParams } from '../../domain/api/routeParams';
import { EXPORT_FORMATS } from '../../domain/exports/exportFormats';
import { AFFAIRS_REGISTERS } from '../../domain/registers/affairsRegisters';
import {
  noteInputSchema,
  registerAttachedSchema,
  registerInputSchema,
  registerListQuerySchema,
  registerOneSchema,
  registerPageSchema,
} from '../../domain/registers/registerSchemas';
import type { RegisterSpec } from '../../domain/registers/registerSpec';
import { requirePermission } from '../auth/guards';
import { sendExport } from '../exports/sendExport';
import { sendFile, uploadedFile } from '../http/files';
import { serviceContext } from '../serviceContext';
import { addFile, addNote, notesAndFiles, readFile } from './registerNotes';
import { createRecord, deleteRecord, exportRecords, listRecords, readRecord, updateRecord } from './registerService';

/** The routes of one register: list, export, create, read, change, delete, and its notes and files. */
function registerRoutes(app: FastifyInstance, spec: RegisterSpec) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const read = requirePermission('affairs.read');
  const write = requirePermission('affairs.write');
  const context = (request: FastifyRequest) => serviceContext(app, request);
  const tags = [spec.title.en];
  const base = `/api/${spec.key}`;
  const input = registerInputSchema(spec);
  const query = registerListQuerySchema(spec);
  const one = registerOneSchema(spec);

  api.get(
    base,
    {
      onRequest: read,
      schema: {
        tags,
        summary: `${spec.title.en} of my jurisdiction`,
        querystring: query,
        response: { 200: registerPageSchema(spec) },
      },
    },
    async (request) => listRecords(context(request), spec, request.query),
  );
  for (const format of EXPORT_FORMATS) {
    api.get(
      `${base}/export.${format}`,
      { onRequest: read, schema: { tags, summary: `The filtered list as ${format} (audited)`, querystring: query } },
      async (request, reply) =>
        sendExport(reply, format, spec.key, exportRecords(context(request), spec, request.query, format)),
    );
  }
  api.post(
    base,
    {
      onRequest: write,
      schema: { tags, summary: `Record a new ${spec.singular.en.toLowerCase()}`, body: input, response: { 201: one } },
    },
    async (request, reply) => reply.status(201).send(await createRecord(context(request), spec, request.body)),
  );
  api.get(
    `${base}/:id`,
    { onRequest: read, schema: { tags, summary: 'One record', params: uuidParams, response: { 200: one } } },
    async (request) => readRecord(context(request), spec, request.params.id),
  );
  api.put(
    `${base}/:id`,
    {
      onRequest: write,
      schema: {
        tags,
        summary: 'Change a record; `version` as read',
        params: uuidParams,
        body: input,
        response: { 200: one },
      },
    },
    async (request) => updateRecord(context(request), spec, request.params.id, request.body),
  );
  api.delete(
    `${base}/:id`,
    { onRequest: write, schema: { tags, summary: 'Delete a record (soft)', params: uuidParams } },
    async (request, reply) => {
      await deleteRecord(context(request), spec, request.params.id);
      return reply.status(204).send();
    },
  );
  if (!spec.hasNotes) return;
  const attached = registerAttachedSchema;
  api.get(
    `${base}/:id/notes`,
    {
      onRequest: read,
      schema: {
        tags,
        summary: 'Dated notes (follow-up, reports) and files',
        params: uuidParams,
        response: { 200: attached },
      },
    },
    async (request) => notesAndFiles(context(request), spec, request.params.id),
  );
  api.post(
    `${base}/:id/notes`,
    {
      onRequest: write,
      schema: {
        tags,
        summary: 'Add a dated note',
        params: uuidParams,
        body: noteInputSchema,
        response: { 200: attached },
      },
    },
    async (request) => addNote(context(request), spec, request.params.id, request.body),
  );
  api.post(
    `${base}/:id/files`,
    {
      onRequest: write,
      schema: {
        tags,
        summary: 'Attach a document (multipart, 20 MB)',
        params: uuidParams,
        response: { 200: attached },
      },
    },
    async (request) => addFile(context(request), spec, request.params.id, await uploadedFile(request)),
  );
  api.get(
    `${base}/:id/files/:fileId`,
    {
      onRequest: read,
      schema: {
        tags,
        summary: 'Download a document',
        params: uuidParams.extend({ fileId: z.coerce.number().int().positive() }),
      },
    },
    async (request, reply) =>
      sendFile(reply, await readFile(context(request), spec, request.params.id, request.params.fileId)),
  );
}

/** Đối ngoại địa phương: every foreign-affairs register's routes. */
export async function affairsRoutes(app: FastifyInstance): Promise<void> {
  for (const spec of AFFAIRS_REGISTERS) registerRoutes(app, spec);
}
