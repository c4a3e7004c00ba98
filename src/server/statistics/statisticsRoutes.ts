import { vietnamYear } from '../../domain/calendar/vietnamDay';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  affairsStatisticsSchema,
  provinceRowSchema,
  statisticsQuerySchema,
  statisticsSchema,
} from '../../domain/statistics/statisticsSchemas';
import { requirePermission } from '../auth/guards';
import { serviceContext } from '../serviceContext';
import { affairsStatistics, provinceStatistics, provincesSideBySide } from './statisticsService';

const TAGS = ['statistics'];

/** Thống kê: a province's (or the country's) figures for a year; the provinces side by side for the Ministry. */
export async function statisticsRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const context = (request: FastifyRequest) => serviceContext(app, request);

  api.get(
    '/api/statistics',
    {
      onRequest: requirePermission('statistics.read'),
      schema: {
        tags: TAGS,
        summary: 'Statistics of my province (national users: of one province, or all) for a year',
        querystring: statisticsQuerySchema,
        response: { 200: statisticsSchema },
      },
    },
    async (request) => provinceStatistics(context(request), request.query),
  );

  api.get(
    '/api/statistics/affairs',
    {
      onRequest: requirePermission('statistics.read'),
      schema: {
        tags: TAGS,
        summary: 'Only the foreign affairs figures of /api/statistics (the dashboard card)',
        querystring: statisticsQuerySchema,
        response: { 200: affairsStatisticsSchema },
      },
    },
    async (request) => affairsStatistics(context(request), request.query),
  );

  api.get(
    '/api/statistics/provinces',
    {
      onRequest: requirePermission('statistics.read'),
      schema: {
        tags: TAGS,
        summary: 'Every province side by side for a year (national users)',
        querystring: statisticsQuerySchema.pick({ year: true }),
        response: { 200: z.array(provinceRowSchema) },
      },
    },
    async (request) => provincesSideBySide(context(request), request.query.year ?? vietnamYear(app.clock())),
  );
}
