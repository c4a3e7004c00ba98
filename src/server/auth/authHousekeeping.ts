import type { FastifyInstance } from 'fastify';
import { scheduleRepeatingJob } from '../background/repeatingJob';
import { forgetStaleFailures } from './loginThrottle';
import { deleteExpiredSessions } from './sessions';

/** Expired sessions and stale sign-in tallies go: at start, then every hour (and sessions at each sign-in). */
export function scheduleAuthHousekeeping(app: FastifyInstance): void {
  scheduleRepeatingJob(app, {
    name: 'session housekeeping',
    everyMs: 3_600_000,
    run: async () => {
      const now = app.clock();
      await deleteExpiredSessions(app.db, now);
      await forgetStaleFailures(app.db, now);
    },
  });
}
