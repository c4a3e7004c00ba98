import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { writeAudit, type AuditEntry } from '../audit/writeAudit';
import type { PortalAccount } from './portalSessions';

type PortalAuditEntry = Pick<AuditEntry, 'action' | 'provinces' | 'details'> &
  Partial<Pick<AuditEntry, 'entityType' | 'entityId'>>;

/** An audit entry of what a portal account did: the person acting on their own record (by default). */
export function writePortalAudit(
  db: Kysely<DB>,
  request: FastifyRequest,
  account: PortalAccount,
  entry: PortalAuditEntry,
) {
  return writeAudit(db, {
    userId: null,
    username: `portal:${account.email}`,
    entityType: 'person',
    entityId: account.personId ?? undefined,
    ip: request.ip,
    ...entry,
  });
}

export const auditPortal = (
  app: FastifyInstance,
  request: FastifyRequest,
  account: PortalAccount,
  entry: PortalAuditEntry,
) => writePortalAudit(app.db, request, account, entry);
