import type { FastifyInstance } from 'fastify';
import { healthSchema } from '../../domain/health/healthSchemas';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';

import type { DatabaseKind } from '../../db/connection';
import { migrationVersion } from '../../db/migrate';
import { AppError } from '../http/errors';

// A monitor asks often and must hear "down" quickly, not after the pool's own connection timeout.
const PING_TIMEOUT_MS = 2_000;

function databaseUnavailable(): AppError {
  return new AppError(503, 'DATABASE_UNAVAILABLE');
}

/**
 * Liveness: 200 while the database answers, 503 DATABASE_UNAVAILABLE while it does not. The
 * migration version is read once, at start: it changes only with a restart.
 */
export function healthRoutes(databaseKind: DatabaseKind) {
  return async (app: FastifyInstance) => {
    const version = await migrationVersion(app.db);
    const ping = async () => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(databaseUnavailable()), PING_TIMEOUT_MS);
      });
      try {
        await Promise.race([sql`select 1`.execute(app.db), timeout]);
      } finally {
        clearTimeout(timer);
      }
    };
    app.withTypeProvider<ZodTypeProvider>().get(
      '/api/health',
      {
        schema: {
          tags: ['system'],
          summary: 'Liveness, database kind and migration version; 503 while the database is unavailable',
          response: { 200: healthSchema },
        },
      },
      async () => {
        await ping();
        return { status: 'ok' as const, database: { kind: databaseKind, migrationVersion: version } };
      },
    );
  };
}
