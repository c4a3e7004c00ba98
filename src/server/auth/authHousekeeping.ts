import type { FastifyInstance } from 'fastify';
import { forgetStaleFailures } from './loginThrottle';
import { deleteExpiredSessions } from './sessions';

const EVERY_MS = 3_600_000;

/** Expired sessions and stale sign-in tallies go: at start, then every hour (and sessions at each sign-in). */
export function scheduleAuthHousekeeping(app: FastifyInstance): void {
  const purge = async () => {
    const now = app.clock();
    await deleteExpiredSessions(app.db, now);
    await forgetStaleFailures(app.db, now);
  };
  const run = () => purge().catch((error: unknown) => app.log.error({ err: error }, 'session housekeeping failed'));
  let timer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    await purge();
    timer = setInterval(run, EVERY_MS).unref();
  });
  app.addHook('onClose', async () => clearInterval(timer));
}
