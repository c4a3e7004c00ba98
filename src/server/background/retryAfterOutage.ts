import { isDatabaseUnavailable } from '../../db/errors';

/** How long background work waits before trying again while the database is unavailable. */
export const OUTAGE_RETRY_MS = 5_000;

/**
 * For background work (a commit, a duplicate check) that failed: when the database was only
 * unavailable, the work is asked again a little later instead of being recorded as failed.
 * Returns true when a retry was scheduled.
 */
export function retryAfterOutage(error: unknown, retry: () => void, isStopping: () => boolean): boolean {
  if (!isDatabaseUnavailable(error) || isStopping()) return false;
  setTimeout(() => {
    if (!isStopping()) retry();
  }, OUTAGE_RETRY_MS).unref();
  return true;
}
