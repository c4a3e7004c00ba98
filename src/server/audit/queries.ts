import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { AuditEntry, AuditQuery } from '../../domain/audit/auditSchemas';
import { presentRow } from '../records/presentRow';

/** One page of the audit log, newest first, of one province (null: all). */
export async function selectAuditPage(db: Kysely<DB>, query: AuditQuery, province: string | null) {
  // A province's entries are found through their index, newest first, so a page reads a page of rows.
  let q = province
    ? db
        .selectFrom('audit_log_province as p')
        .innerJoin('audit_log', 'audit_log.id', 'p.audit_id')
        .selectAll('audit_log')
        .where('p.province_code', '=', province)
    : db.selectFrom('audit_log').selectAll();
  if (query.userId) q = q.where('user_id', '=', query.userId);
  if (query.action) q = q.where('action', 'like', `${query.action.replace(/[\\%_]/g, '\\$&')}%`);
  if (query.entityType) q = q.where('entity_type', '=', query.entityType);
  if (query.entityId) q = q.where('entity_id', '=', query.entityId);
  if (query.from) q = q.where('at', '>=', new Date(`${query.from}T00:00:00Z`));
  if (query.to) q = q.where('at', '<', new Date(new Date(`${query.to}T00:00:00Z`).getTime() + 86_400_000));
  if (query.before) q = q.where('audit_log.id', '<', query.before);
  const rows = await q
    .orderBy('audit_log.id', 'desc')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const items: AuditEntry[] = page.map((r) => ({
    ...presentRow(r, [
      'id',
      'at',
      'user_id',
      'username',
      'action',
      'entity_type',
      'entity_id',
      'province_codes',
      'ip',
      'details',
    ]),
  }));
  return { items, nextBefore: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null };
}
