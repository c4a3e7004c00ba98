import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CATALOGUE } from '../../domain/registers/affairsRegisters';
import { moneySchema } from '../../domain/registers/money';
import { findProvince, resolveProvince } from '../../domain/reference/resolveProvince';
import { toRecord } from './registerRows';
import { untyped } from './untypedDb';

const publicProjectSchema = z.object({
  id: z.string(),
  provinceCode: z.string(),
  provinceName: z.string(),
  name: z.string(),
  sector: z.string(),
  location: z.string(),
  scale: z.string().nullable(),
  capital: moneySchema.nullable(),
  incentives: z.string().nullable(),
  contact: z.string(),
});

/**
 * Danh mục dự án kêu gọi đầu tư, published: the projects still open, for overseas Vietnamese
 * investors, without signing in. Nothing personal is in it.
 */
export async function publicCatalogueRoutes(app: FastifyInstance): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/public/catalogue',
    {
      config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
      schema: {
        tags: [CATALOGUE.title.en],
        summary: 'The projects open for investment by overseas Vietnamese (public)',
        security: [],
        querystring: z.object({
          province: z.string().trim().max(100).optional(),
          sector: z.string().trim().max(50).optional(),
        }),
        response: { 200: z.array(publicProjectSchema) },
      },
    },
    async (request) => {
      const province = request.query.province ? resolveProvince(request.query.province) : null;
      let query = untyped(app.db)
        .selectFrom(CATALOGUE.table)
        .selectAll()
        .where('status', '=', 'open')
        .where('deleted_at', 'is', null)
        .orderBy('name');
      if (province?.ok) query = query.where('province_code', '=', province.province.code);
      if (request.query.sector) query = query.where('sector', '=', request.query.sector);
      return (await query.execute()).map((row) => {
        const { id, provinceCode, name, sector, location, scale, capital, incentives, contact } = toRecord(
          CATALOGUE,
          row,
        );
        return {
          id,
          provinceCode,
          provinceName: findProvince(provinceCode as string)?.name ?? '',
          name,
          sector,
          location,
          scale,
          capital,
          incentives,
          contact,
        } as z.infer<typeof publicProjectSchema>;
      });
    },
  );
}
