import type { FastifyInstance } from 'fastify';
import { healthSchema } from '../../domain/health/healthSchemas';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';

import type { DatabaseKind } from '../../db/connection';
import { migrationVersion } from '../../db/migrate';
import { AppError } from '../http/errors';

// A monitor asks often and must hear "down" quickly, not after the pool's own connection timeout.
const PING_TIMEOUT_MS = 2_000;
// A probe that succeeded answers for this long: a load balancer's checks cost no query each.
const HEALTHY_FOR_MS = 1_000;

function databaseUnavailable(): AppError {
  return new AppError(503, 'DATABASE_UNAVAILABLE');
}

/**
 * Liveness: 200 while the database answers, 503 DATABASE_UNAVAILABLE while it does not. A success
 * is remembered for a second (requests meanwhile make no round trip; concurrent ones share one
 * probe); a failure is not, so recovery shows at the next request. The migration version is read
 * once, at start: it changes only with a restart.
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
    let healthyUntil = 0;
    let probing: Promise<void> | null = null;
    const probe = () =>
      (probing ??= ping()
        .then(() => {
          healthyUntil = performance.now() + HEALTHY_FOR_MS;
        })
        .finally(() => {
          probing = null;
        }));
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
        if (performance.now() >= healthyUntil) await probe();
        return { status: 'ok' as const, database: { kind: databaseKind, migrationVersion: version } };
      },
    );
  };
}
