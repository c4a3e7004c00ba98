import type { FastifyRequest } from 'fastify';
import { auditActor } from './writeAudit';

// Not a refusal of data: the account must first replace its one-time password.
const NOT_REFUSALS = new Set(['PASSWORD_CHANGE_REQUIRED']);

/**
 * A signed-in user refused (403) or told a record is not there (404) is audited: who reached for
 * what, by which route, with the provinces of the record when the refusing check knew them. Anonymous
 * requests are not (a failed login is audited by the login).
 */
export async function auditRefusal(
  request: FastifyRequest,
  refusal: { status: number; code: string; provinces?: readonly (string | null | undefined)[] },
): Promise<void> {
  const user = request.user;
  if (!user || (refusal.status !== 403 && refusal.status !== 404) || NOT_REFUSALS.has(refusal.code)) return;
  const params = (request.params ?? {}) as Record<string, unknown>;
  await auditActor(
    request.server.db,
    { user, ip: request.ip },
    {
      action: 'access.denied',
      entityId: typeof params.id === 'string' ? params.id : undefined,
      provinces: refusal.provinces,
      details: {
        method: request.method,
        route: request.routeOptions.url ?? request.url.split('?')[0],
        params,
        status: refusal.status,
        code: refusal.code,
      },
    },
  );
}
