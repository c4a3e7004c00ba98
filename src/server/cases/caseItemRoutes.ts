import type { FastifyInstance, FastifyRequest } from 'fastify';
import { uuidParams } from '../../domain/api/routeParams';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  caseDetailSchema,
  casePersonInputSchema,
  noteInputSchema,
  taskInputSchema,
  taskUpdateSchema,
} from '../../domain/cases/caseSchemas';
import { requirePermission } from '../auth/guards';
import { sendFile, uploadedFile } from '../http/files';
import { serviceContext } from '../serviceContext';
import { CASE_TAGS } from './caseRouteParts';
import { readCase } from './caseService';
import {
  addAttachment,
  addCasePerson,
  addNote,
  addTask,
  readAttachment,
  removeCasePerson,
  setTaskDone,
} from './caseItems';

/** A case's persons, tasks, notes and attachments: each change answers with the case as it now is. */
export async function caseItemRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const work = requirePermission('cases.work');
  const context = (request: FastifyRequest) => serviceContext(app, request);
  const detail = { 200: caseDetailSchema };
  const then = (request: FastifyRequest<{ Params: { id: string } }>) => readCase(context(request), request.params.id);

  api.post(
    '/api/cases/:id/persons',
    {
      onRequest: work,
      schema: {
        tags: CASE_TAGS,
        summary: 'Link a person to the case',
        params: uuidParams,
        body: casePersonInputSchema,
        response: detail,
      },
    },
    async (request) => {
      await addCasePerson(context(request), request.params.id, request.body);
      return then(request);
    },
  );

  api.delete(
    '/api/cases/:id/persons/:personId',
    {
      onRequest: work,
      schema: {
        tags: CASE_TAGS,
        summary: 'Unlink a person',
        params: uuidParams.extend({ personId: z.uuid() }),
        response: detail,
      },
    },
    async (request) => {
      await removeCasePerson(context(request), request.params.id, request.params.personId);
      return then(request);
    },
  );

  api.post(
    '/api/cases/:id/tasks',
    {
      onRequest: work,
      schema: {
        tags: CASE_TAGS,
        summary: 'Add a task with its due date',
        params: uuidParams,
        body: taskInputSchema,
        response: detail,
      },
    },
    async (request) => {
      await addTask(context(request), request.params.id, request.body);
      return then(request);
    },
  );

  api.patch(
    '/api/cases/:id/tasks/:taskId',
    {
      onRequest: work,
      schema: {
        tags: CASE_TAGS,
        summary: 'Mark a task done (or not)',
        params: uuidParams.extend({ taskId: z.coerce.number().int().positive() }),
        body: taskUpdateSchema,
        response: detail,
      },
    },
    async (request) => {
      await setTaskDone(context(request), request.params.id, request.params.taskId, request.body.done);
      return then(request);
    },
  );

  api.post(
    '/api/cases/:id/notes',
    {
      onRequest: work,
      schema: {
        tags: CASE_TAGS,
        summary: 'Add a note to the timeline',
        params: uuidParams,
        body: noteInputSchema,
        response: detail,
      },
    },
    async (request) => {
      await addNote(context(request), request.params.id, request.body.text);
      return then(request);
    },
  );

  api.post(
    '/api/cases/:id/attachments',
    {
      onRequest: work,
      schema: {
        tags: CASE_TAGS,
        summary: 'Attach a file (multipart, 20 MB at most)',
        params: uuidParams,
        response: detail,
      },
    },
    async (request) => {
      await addAttachment(context(request), request.params.id, await uploadedFile(request));
      return then(request);
    },
  );

  api.get(
    '/api/cases/:id/attachments/:attachmentId',
    {
      onRequest: work,
      schema: {
        tags: CASE_TAGS,
        summary: 'Download a file of the case (audited)',
        params: uuidParams.extend({ attachmentId: z.coerce.number().int().positive() }),
      },
    },
    async (request, reply) =>
      sendFile(reply, await readAttachment(context(request), request.params.id, request.params.attachmentId)),
  );
}
