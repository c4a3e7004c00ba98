import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

export async function countActiveUsers(db: Kysely<DB>, province: string | null): Promise<number> {
  let q = db.selectFrom('app_user').where('is_active', '=', true);
  if (province) q = q.where('province_code', '=', province);
  const row = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return row.n;
}

/** Audit events since `since`, all or only those whose action starts with `actionPrefix`. */
export async function countAuditEvents(
  db: Kysely<DB>,
  province: string | null,
  since: Date,
  actionPrefix?: string,
): Promise<number> {
  let q = db.selectFrom('audit_log').where('at', '>=', since);
  if (province) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('audit_log_province as p')
          .whereRef('p.audit_id', '=', 'audit_log.id')
          .where('p.province_code', '=', province),
      ),
    );
  }
  if (actionPrefix) q = q.where('action', 'like', `${actionPrefix}%`);
  const row = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return row.n;
}
