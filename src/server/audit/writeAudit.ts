import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { Actor } from '../auth/actor';

export interface AuditEntry {
  /** The acting user; null when nobody is signed in (a failed login). */
  userId: number | null;
  username: string | null;
  action: string;
  entityType?: string;
  entityId?: string | number;
  /** The province whose data the action concerns, so province administrators can review it. */
  provinceCode?: string | null;
  ip?: string | null;
  details?: Record<string, unknown>;
}

/**
 * Appends one row to the audit log. Call it with the same transaction as the change it records,
 * so that a change and its audit row are stored together or not at all.
 */
export async function writeAudit(db: Kysely<DB>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      user_id: entry.userId,
      username: entry.username,
      action: entry.action,
      entity_type: entry.entityType ?? null,
      entity_id: entry.entityId === undefined ? null : String(entry.entityId),
      province_code: entry.provinceCode ?? null,
      ip: entry.ip ?? null,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}

/** An audit entry of what an acting user did (who, from where, added). */
export function auditActor(
  db: Kysely<DB>,
  actor: Actor,
  entry: Omit<AuditEntry, 'userId' | 'username' | 'ip'>,
): Promise<void> {
  return writeAudit(db, { ...entry, userId: actor.user.id, username: actor.user.username, ip: actor.ip });
}

/**
 * The audit writer of one kind of record: `auditOf('association')(db, actor, 'update', id, province)`
 * writes `association.update` of that association, attributed to its province.
 */
export function auditOf(entityType: string, actionPrefix = entityType) {
  return (
    db: Kysely<DB>,
    actor: Actor,
    action: string,
    id: string,
    provinceCode: string | null,
    details: Record<string, unknown> = {},
  ) => auditActor(db, actor, { action: `${actionPrefix}.${action}`, entityType, entityId: id, provinceCode, details });
}
