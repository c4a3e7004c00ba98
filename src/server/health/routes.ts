import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { DatabaseKind } from '../../db/connection';
import { migrationVersion } from '../../db/migrate';

const healthSchema = z.object({
  status: z.literal('ok'),
  database: z.object({ kind: z.enum(['pglite', 'postgresql']), migrationVersion: z.number().int() }),
});

export function healthRoutes(databaseKind: DatabaseKind) {
  return async (app: FastifyInstance) => {
    app.withTypeProvider<ZodTypeProvider>().get(
      '/api/health',
      {
        schema: {
          tags: ['system'],
          summary: 'Liveness, database kind and migration version',
          response: { 200: healthSchema },
        },
      },
      async () => ({
        status: 'ok' as const,
        database: { kind: databaseKind, migrationVersion: await migrationVersion(app.db) },
      }),
    );
  };
}
