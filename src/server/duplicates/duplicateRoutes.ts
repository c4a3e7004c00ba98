import { personServiceContext, type PersonServiceContext } from '../serviceContext';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { numberIdParams } from '../../domain/api/routeParams';
import { can } from '../../domain/auth/roles';
import {
  batchMergePreviewSchema,
  batchMergeQuerySchema,
  batchMergeRequestSchema,
  batchMergeResultSchema,
  undoMergesRequestSchema,
  undoMergesResultSchema,
  checkRunSchema,
  duplicatePairSchema,
  mergeRequestSchema,
  pairDecisionSchema,
  pairDetailSchema,
  pairListQuerySchema,
  pairListSchema,
} from '../../domain/duplicates/duplicateSchemas';
import { actorOf, requirePermission } from '../auth/guards';
import { batchMerge, batchMergePreview, undoMerges } from './batchMerge';
import { mergePair, undoMerge } from './mergeService';
import { findPair, listPairs } from './pairQueries';
import { decidePair, readPair } from './pairService';

const TAGS = ['duplicates'];

/** Trùng lặp: the review queue of possible duplicates, decisions, merge and undo, the whole-registry check. */
export async function duplicateRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const review = requirePermission('duplicates.review');
  const context = (request: FastifyRequest): PersonServiceContext => personServiceContext(app, request);

  api.get(
    '/api/duplicates',
    {
      onRequest: review,
      schema: {
        tags: TAGS,
        summary: 'The review queue: pairs by status, best scores first, 20 a page (both records in my province)',
        querystring: pairListQuerySchema,
        response: { 200: pairListSchema },
      },
    },
    async (request) => listPairs(app.db, actorOf(request).user, request.query),
  );

  api.get(
    '/api/duplicates/check',
    {
      onRequest: requirePermission('duplicates.checkAll'),
      schema: { tags: TAGS, summary: 'The last whole-registry check', response: { 200: checkRunSchema } },
    },
    async () => app.duplicateCheckRunner.status(),
  );

  api.post(
    '/api/duplicates/check',
    {
      onRequest: requirePermission('duplicates.checkAll'),
      schema: {
        tags: TAGS,
        summary: 'Start a check of the whole registry in the background (409 while one runs)',
        response: { 202: checkRunSchema },
      },
    },
    async (request, reply) => {
      await app.duplicateCheckRunner.start(actorOf(request).user.id);
      return reply.code(202).send(await app.duplicateCheckRunner.status());
    },
  );

  api.get(
    '/api/duplicates/:id',
    {
      onRequest: review,
      schema: {
        tags: TAGS,
        summary: 'A pair with both records side by side and the evidence (audited read)',
        params: numberIdParams,
        response: { 200: pairDetailSchema },
      },
    },
    async (request) =>
      readPair(context(request), request.params.id, can(actorOf(request).user.role, 'persons.identity')),
  );

  api.post(
    '/api/duplicates/:id/decision',
    {
      onRequest: review,
      schema: {
        tags: TAGS,
        summary: 'Not a duplicate (never proposed again), defer, or open again',
        params: numberIdParams,
        body: pairDecisionSchema,
        response: { 200: duplicatePairSchema },
      },
    },
    async (request) => decidePair(context(request), request.params.id, request.body.decision),
  );

  api.get(
    '/api/duplicates/batch-merge',
    {
      onRequest: review,
      schema: {
        tags: TAGS,
        summary:
          'Preview of a batch merge: the sure pairs, the record kept, the facts taken, the conflicts left for review',
        querystring: batchMergeQuerySchema,
        response: { 200: batchMergePreviewSchema },
      },
    },
    async (request) => batchMergePreview(context(request), request.query.minScore),
  );

  api.post(
    '/api/duplicates/batch-merge',
    {
      onRequest: review,
      schema: {
        tags: TAGS,
        summary: 'Merge every sure pair without a conflict (each undoable); conflicts are skipped and named',
        body: batchMergeRequestSchema,
        response: { 200: batchMergeResultSchema },
      },
    },
    async (request) => batchMerge(context(request), request.body),
  );

  api.post(
    '/api/duplicates/undo-merges',
    {
      onRequest: review,
      schema: {
        tags: TAGS,
        summary: 'Undo the merges of a batch, pair by pair',
        body: undoMergesRequestSchema,
        response: { 200: undoMergesResultSchema },
      },
    },
    async (request) => undoMerges(context(request), request.body.pairIds),
  );

  api.post(
    '/api/duplicates/:id/merge',
    {
      onRequest: review,
      schema: {
        tags: TAGS,
        summary: 'Merge the pair: keep one record, take the chosen facts from the other, keep every list of both',
        params: numberIdParams,
        body: mergeRequestSchema,
        response: { 200: duplicatePairSchema },
      },
    },
    async (request) => {
      await mergePair(context(request), request.params.id, request.body);
      return (await findPair(app.db, request.params.id))!;
    },
  );

  api.post(
    '/api/duplicates/:id/undo-merge',
    {
      onRequest: review,
      schema: {
        tags: TAGS,
        summary: 'Undo the merge: both records as they were, the pair open again',
        params: numberIdParams,
        response: { 200: duplicatePairSchema },
      },
    },
    async (request) => {
      await undoMerge(context(request), request.params.id);
      return (await findPair(app.db, request.params.id))!;
    },
  );
}
