import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { Actor } from '../auth/actor';
import { entryHash, GENESIS_HASH, type ChainedFields } from './auditChain';

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

// Any constant shared by every server of this application: audit writers take turns at the chain's end.
const AUDIT_CHAIN_LOCK = 2_025_0702;

/**
 * Appends one entry to the audit log, as the next link of its hash chain (auditChain.ts). Call it
 * with the same transaction as the change it records, so that a change and its entry are stored
 * together or not at all — and last in that transaction: writers wait for each other from their
 * audit entry to their commit, so that the chain has one end.
 */
export async function writeAudit(db: Kysely<DB>, entry: AuditEntry): Promise<void> {
  const append = async (trx: Kysely<DB>) => {
    await sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`.execute(trx);
    const last = await trx
      .selectFrom('audit_log')
      .select(['chain_seq', 'hash'])
      .where('chain_seq', 'is not', null)
      .orderBy('chain_seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    const fields: ChainedFields = {
      chain_seq: (last?.chain_seq ?? 0) + 1,
      at: new Date(),
      user_id: entry.userId,
      username: entry.username,
      action: entry.action,
      entity_type: entry.entityType ?? null,
      entity_id: entry.entityId === undefined ? null : String(entry.entityId),
      province_codes: provinceList(entry.provinces),
      ip: entry.ip ?? null,
      // As it will read back from jsonb: what JSON keeps of it.
      details: JSON.parse(JSON.stringify(entry.details ?? {})) as unknown,
      prev_hash: last?.hash ?? GENESIS_HASH,
    };
    await trx
      .insertInto('audit_log')
      .values({
        ...fields,
        province_codes: [...fields.province_codes],
        details: JSON.stringify(fields.details),
        hash: entryHash(fields),
      })
      .execute();
  };
  await (db.isTransaction ? append(db) : db.transaction().execute(append));
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
