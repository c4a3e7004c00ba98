import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuidParams } from '../../domain/api/routeParams';
import { consentFormSchema, personConsentsSchema, recordConsentsSchema } from '../../domain/consent/consentSchemas';
import { requirePermission } from '../auth/guards';
import { sendFile, uploadedFile } from '../http/files';
import { personServiceContext, type PersonServiceContext } from '../serviceContext';
import { addConsentForm, personConsents, readConsentForm, recordConsents } from './consentService';

const TAGS = ['consent'];

/** Sự đồng ý: a person's consent per purpose, as officers record and read it. */
export async function consentRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const read = requirePermission('persons.read');
  const write = requirePermission('persons.write');
  const context = (request: FastifyRequest): PersonServiceContext => personServiceContext(app, request);

  api.get(
    '/api/persons/:id/consents',
    {
      onRequest: read,
      schema: {
        tags: TAGS,
        summary: 'Consent per purpose, every decision with its proof (audited)',
        params: uuidParams,
        response: { 200: personConsentsSchema },
      },
    },
    async (request) => personConsents(context(request), request.params.id),
  );
  api.post(
    '/api/persons/:id/consents',
    {
      onRequest: write,
      schema: {
        tags: TAGS,
        summary: 'Record decisions received on paper, by letter or phone',
        params: uuidParams,
        body: recordConsentsSchema,
        response: { 200: personConsentsSchema },
      },
    },
    async (request) => recordConsents(context(request), request.params.id, request.body),
  );
  api.post(
    '/api/persons/:id/consent-forms',
    {
      onRequest: write,
      schema: {
        tags: TAGS,
        summary: 'Keep the scan of a signed consent form (multipart, 20 MB)',
        params: uuidParams,
        response: { 200: consentFormSchema },
      },
    },
    async (request) => addConsentForm(context(request), request.params.id, await uploadedFile(request)),
  );
  api.get(
    '/api/persons/:id/consent-forms/:formId',
    {
      onRequest: read,
      schema: {
        tags: TAGS,
        summary: 'Download a signed consent form',
        params: uuidParams.extend({ formId: z.coerce.number().int().positive() }),
      },
    },
    async (request, reply) =>
      sendFile(reply, await readConsentForm(context(request), request.params.id, request.params.formId)),
  );
}
