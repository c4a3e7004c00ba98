import type { FastifyInstance } from 'fastify';
import { provincesResponseSchema } from '../../domain/reference/referenceSchemas';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { COUNTRIES, resolveCountry } from '../../domain/reference/countries';
import { LEGACY_PROVINCES, PROVINCES } from '../../domain/reference/provinceData';
import { resolveProvince } from '../../domain/reference/resolveProvince';
import {
  communeSchema,
  communesQuerySchema,
  countrySchema,
  hometownQuerySchema,
  hometownUnitsSchema,
  resolveQuerySchema,
  resolveResponseSchema,
} from '../../domain/reference/referenceSchemas';
import { communesOf, findCommune, resolveHometownUnits } from './adminUnits';
import { requireUser } from '../auth/guards';

const TAGS = ['reference'];

/** Danh mục: provinces (2025 and legacy, with the mapping) and countries. Public facts, but only for signed-in users. */
export async function referenceRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const onRequest = requireUser();

  api.get(
    '/api/reference/provinces',
    {
      onRequest,
      schema: {
        tags: TAGS,
        summary: 'The 34 provinces of 2025 and the 63 legacy provinces with their mapping',
        response: { 200: provincesResponseSchema },
      },
    },
    async () => ({ provinces: [...PROVINCES], legacy: [...LEGACY_PROVINCES] }),
  );

  api.get(
    '/api/reference/communes',
    {
      onRequest,
      schema: {
        tags: TAGS,
        summary: 'The 2025 communes of a province',
        querystring: communesQuerySchema,
        response: { 200: z.array(communeSchema) },
      },
    },
    async (request) => communesOf(request.query.province),
  );

  api.get(
    '/api/reference/hometown',
    {
      onRequest,
      schema: {
        tags: TAGS,
        summary: 'Resolve a hometown as written (old or 2025 form) to the 2025 province and commune',
        querystring: hometownQuerySchema,
        response: { 200: hometownUnitsSchema },
      },
    },
    async (request) => {
      const units = resolveHometownUnits(request.query.text);
      return { ...units, communeCandidates: units.communeCandidates.flatMap((code) => findCommune(code) ?? []) };
    },
  );

  api.get(
    '/api/reference/countries',
    {
      onRequest,
      schema: { tags: TAGS, summary: 'Countries (ISO 3166-1)', response: { 200: z.array(countrySchema) } },
    },
    async () => [...COUNTRIES],
  );

  api.get(
    '/api/reference/resolve',
    {
      onRequest,
      schema: {
        tags: TAGS,
        summary: 'Resolve free-text province and/or country names to codes',
        querystring: resolveQuerySchema,
        response: { 200: resolveResponseSchema },
      },
    },
    async (request) => ({
      province: request.query.province === undefined ? undefined : resolveProvince(request.query.province),
      country: request.query.country === undefined ? undefined : resolveCountry(request.query.country),
    }),
  );
}
