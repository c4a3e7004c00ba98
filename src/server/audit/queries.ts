import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { AuditEntry, AuditQuery } from '../../domain/audit/schemas';

/** One page of the audit log, newest first, of one province (null: all). */
export async function selectAuditPage(db: Kysely<DB>, query: AuditQuery, province: string | null) {
  let q = db.selectFrom('audit_log').selectAll();
  if (province) q = q.where('province_code', '=', province);
  if (query.userId) q = q.where('user_id', '=', query.userId);
  if (query.action) q = q.where('action', 'like', `${query.action.replace(/[\\%_]/g, '\\$&')}%`);
  if (query.entityType) q = q.where('entity_type', '=', query.entityType);
  if (query.entityId) q = q.where('entity_id', '=', query.entityId);
  if (query.from) q = q.where('at', '>=', new Date(`${query.from}T00:00:00Z`));
  if (query.to) q = q.where('at', '<', new Date(new Date(`${query.to}T00:00:00Z`).getTime() + 86_400_000));
  if (query.before) q = q.where('id', '<', query.before);
  const rows = await q
    .orderBy('id', 'desc')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const items: AuditEntry[] = page.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    userId: r.user_id,
    username: r.username,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    provinceCode: r.province_code,
    ip: r.ip,
    details: r.details,
  }));
  return { items, nextBefore: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null };
}
