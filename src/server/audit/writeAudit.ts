import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { Actor } from '../auth/actor';

/** The provinces a record belongs to: one, several (a person's hometown and source), or none known. */
export type RecordProvinces = string | null | undefined | readonly (string | null | undefined)[];

export interface AuditEntry {
  /** The acting user; null when nobody is signed in (a failed login). */
  userId: number | null;
  username: string | null;
  action: string;
  entityType?: string;
  entityId?: string | number;
  /** The provinces whose data the action concerns, so that each one's administrators review it. */
  provinces?: RecordProvinces;
  ip?: string | null;
  details?: Record<string, unknown>;
}

/** Every province named, once, in order. */
export function provinceList(...provinces: RecordProvinces[]): string[] {
  const all = provinces.flatMap((p) => (Array.isArray(p) ? p : [p]) as (string | null | undefined)[]);
  return [...new Set(all.filter((p): p is string => !!p))];
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
      province_codes: provinceList(entry.provinces),
      ip: entry.ip ?? null,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}

/**
 * An audit entry of what an acting user did (who, from where, added). It belongs to the user's own
 * province too: a province's administrators see everything their officers did, wherever the record.
 */
export function auditActor(
  db: Kysely<DB>,
  actor: Actor,
  entry: Omit<AuditEntry, 'userId' | 'username' | 'ip'>,
): Promise<void> {
  return writeAudit(db, {
    ...entry,
    provinces: provinceList(entry.provinces, actor.user.provinceCode),
    userId: actor.user.id,
    username: actor.user.username,
    ip: actor.ip,
  });
}

/**
 * The audit writer of one kind of record: `auditOf('association')(db, actor, 'update', id, province)`
 * writes `association.update` of that association, attributed to its provinces.
 */
export function auditOf(entityType: string, actionPrefix = entityType) {
  return (
    db: Kysely<DB>,
    actor: Actor,
    action: string,
    id: string,
    provinces: RecordProvinces,
    details: Record<string, unknown> = {},
  ) => auditActor(db, actor, { action: `${actionPrefix}.${action}`, entityType, entityId: id, provinces, details });
}
