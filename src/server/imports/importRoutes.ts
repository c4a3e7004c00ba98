import { personServiceContext, type PersonServiceContext } from '../serviceContext';
import { problemPageQuerySchema, problemPageSchema } from '../../domain/imports/batchSchemas';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuidParams } from '../../domain/api/routeParams';
import {
  importBatchSchema,
  mappingUpdateSchema,
  rowActionsUpdateSchema,
  rowMatchPageSchema,
} from '../../domain/imports/batchSchemas';
import { requirePermission } from '../auth/guards';
import { XLSX_CONTENT_TYPE } from '../http/contentTypes';
import { cleanFileName } from '../http/files';
import { requestLanguage } from '../http/language';
import { fieldError } from '../http/validationError';
import { AppError } from '../http/errors';
import { createBatch, listBatches, loadBatch, toBatchView, updateMapping } from './batchService';
import { checkBatch } from './checkBatch';
import { rollbackBatch, startCommit } from './commitBatch';
import { discardBatch } from './discardBatch';
import { rowMatches, setRowActions } from './rowActions';
import { importProblems, writeProblemReport } from './problemReport';
import { writeImportTemplate } from './importTemplate';
import { storeUpload } from './uploadStore';

const TAGS = ['imports'];

/** Nhập dữ liệu: province spreadsheets into the registry, checked before they are committed. */
export async function importRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const importer = requirePermission('persons.import');
  const context = (request: FastifyRequest): PersonServiceContext => personServiceContext(app, request);

  api.get(
    '/api/imports/template.xlsx',
    { onRequest: importer, schema: { tags: TAGS, summary: 'The xlsx template: canonical columns and instructions' } },
    async (_request, reply) => {
      reply.header('content-type', XLSX_CONTENT_TYPE);
      reply.header('content-disposition', 'attachment; filename="mau-nhap-kieu-bao.xlsx"');
      return reply.send(await writeImportTemplate());
    },
  );

  api.post(
    '/api/imports',
    {
      onRequest: importer,
      schema: {
        tags: TAGS,
        summary:
          'Upload an .xlsx or .csv (multipart: optional fields sourceProvince, sourceAssociation, consentEvidence, then file; 200 MB at most)',
        response: { 201: importBatchSchema },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) throw new AppError(400, 'FILE_TYPE_UNSUPPORTED');
      const part = await request.file({ limits: { fileSize: app.config.maxUploadBytes, files: 1 } });
      if (!part) throw new AppError(400, 'FILE_EMPTY');
      const field = (name: string) => {
        const value = part.fields[name];
        const text = value && !Array.isArray(value) && value.type === 'field' ? String(value.value) : undefined;
        if (text?.includes('\u0000')) throw fieldError(name, 'nulCharacter');
        return text;
      };
      // The fields (sent before the file) are checked before the file is stored.
      const source = {
        province: field('sourceProvince'),
        association: field('sourceAssociation'),
        consentEvidence: field('consentEvidence'),
      };
      const upload = await storeUpload(part.file, app.config.uploadDir, app.config.maxUploadBytes);
      const batch = await createBatch(
        context(request),
        { ...upload, fileName: cleanFileName(part.filename, 'upload') },
        source,
      );
      return reply.status(201).send(batch);
    },
  );

  api.get(
    '/api/imports',
    {
      onRequest: importer,
      schema: { tags: TAGS, summary: 'Import batches, newest first', response: { 200: z.array(importBatchSchema) } },
    },
    async (request) => listBatches(context(request)),
  );

  api.get(
    '/api/imports/:id',
    {
      onRequest: importer,
      schema: {
        tags: TAGS,
        summary: 'A batch, with its progress while committing',
        params: uuidParams,
        response: { 200: importBatchSchema },
      },
    },
    async (request) => {
      const ctx = context(request);
      return toBatchView(ctx.db, await loadBatch(ctx, request.params.id));
    },
  );

  api.put(
    '/api/imports/:id/mapping',
    {
      onRequest: importer,
      schema: {
        tags: TAGS,
        summary: 'Correct the column mapping (remembered for the source unless remember is false)',
        params: uuidParams,
        body: mappingUpdateSchema,
        response: { 200: importBatchSchema },
      },
    },
    async (request) => updateMapping(context(request), request.params.id, request.body),
  );

  api.post(
    '/api/imports/:id/check',
    {
      onRequest: importer,
      schema: {
        tags: TAGS,
        summary: 'Dry run: check every row, store the report',
        params: uuidParams,
        response: { 200: importBatchSchema },
      },
    },
    async (request) => checkBatch(context(request), request.params.id),
  );

  api.get(
    '/api/imports/:id/problems',
    {
      onRequest: importer,
      schema: {
        tags: TAGS,
        summary: "The dry run's findings, by row",
        params: uuidParams,
        querystring: problemPageQuerySchema,
        response: { 200: problemPageSchema },
      },
    },
    async (request) => importProblems(context(request), request.params.id, request.query, requestLanguage(request)),
  );

  api.get(
    '/api/imports/:id/matches',
    {
      onRequest: importer,
      schema: {
        tags: TAGS,
        summary: 'Rows matched to registry persons: the proposal (update or skip), the choice, the changes',
        params: uuidParams,
        querystring: problemPageQuerySchema,
        response: { 200: rowMatchPageSchema },
      },
    },
    async (request) => rowMatches(context(request), request.params.id, request.query),
  );

  api.put(
    '/api/imports/:id/actions',
    {
      onRequest: importer,
      schema: {
        tags: TAGS,
        summary: 'Choose per matched row (or for all): create, update (with fields to overwrite) or skip',
        params: uuidParams,
        body: rowActionsUpdateSchema,
        response: { 200: importBatchSchema },
      },
    },
    async (request) => setRowActions(context(request), request.params.id, request.body),
  );

  api.get(
    '/api/imports/:id/report.xlsx',
    { onRequest: importer, schema: { tags: TAGS, summary: "The dry run's findings as xlsx", params: uuidParams } },
    async (request, reply) => {
      const ctx = context(request);
      const batch = await loadBatch(ctx, request.params.id);
      reply.header('content-type', XLSX_CONTENT_TYPE);
      reply.header('content-disposition', `attachment; filename="bao-cao-kiem-tra-${batch.id}.xlsx"`);
      return reply.send(await writeProblemReport(ctx, batch, requestLanguage(request)));
    },
  );

  api.post(
    '/api/imports/:id/commit',
    {
      onRequest: importer,
      schema: {
        tags: TAGS,
        summary: 'Commit the valid rows (in the background; follow rowsCommitted)',
        params: uuidParams,
        response: { 202: importBatchSchema },
      },
    },
    async (request, reply) =>
      reply.status(202).send(await startCommit(context(request), request.params.id, app.importRunner)),
  );

  api.post(
    '/api/imports/:id/discard',
    {
      onRequest: importer,
      schema: {
        tags: TAGS,
        summary: 'Discard a batch that will not be committed: its file and findings are deleted',
        params: uuidParams,
        response: { 200: importBatchSchema },
      },
    },
    async (request) => discardBatch(context(request), request.params.id),
  );

  api.post(
    '/api/imports/:id/rollback',
    {
      onRequest: requirePermission('imports.rollback'),
      schema: {
        tags: TAGS,
        summary: 'Take a committed batch back as a whole',
        params: uuidParams,
        response: { 200: importBatchSchema },
      },
    },
    async (request) => rollbackBatch(context(request), request.params.id),
  );
}
