import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CATALOGUE } from '../../domain/registers/affairsRegisters';
import { moneyValue } from '../../domain/registers/fieldValue';
import { publicCatalogueQuerySchema, publicProjectSchema } from '../../domain/registers/publicCatalogueSchemas';
import { findProvince, resolveProvince } from '../../domain/reference/resolveProvince';

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
        querystring: publicCatalogueQuerySchema,
        response: { 200: z.array(publicProjectSchema) },
      },
    },
    async (request) => {
      const province = request.query.province ? resolveProvince(request.query.province) : null;
      let query = app.db
        .selectFrom('catalogue_project')
        .select(['id', 'province_code', 'name', 'sector', 'location', 'scale', 'incentives', 'contact'])
        .select(['capital_amount', 'capital_currency'])
        .where('status', '=', 'open')
        .where('deleted_at', 'is', null)
        .orderBy('name');
      if (province?.ok) query = query.where('province_code', '=', province.province.code);
      if (request.query.sector) query = query.where('sector', '=', request.query.sector);
      return (await query.execute()).map(({ province_code, capital_amount, capital_currency, ...project }) => ({
        ...project,
        provinceCode: province_code,
        provinceName: findProvince(province_code)?.name ?? '',
        capital: moneyValue({ amount: capital_amount, currency: capital_currency }),
      }));
    },
  );
}
