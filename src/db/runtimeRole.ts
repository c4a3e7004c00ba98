import { sql, type Kysely } from 'kysely';
import type { DB } from './schema';

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * What the server's own PostgreSQL role may do, granted by the owner of the schema (who runs the
 * migrations): read and write the data of every table, now and in tables later migrations create —
 * but not own them, so it can neither disable the audit log's triggers nor truncate it — and of the
 * audit log only read and append.
 */
export async function grantRuntimeRole(db: Kysely<DB>, role: string): Promise<void> {
  if (!ROLE_NAME.test(role)) throw new Error(`not a role name: ${role}`);
  const r = sql.id(role);
  await db.transaction().execute(async (trx) => {
    for (const statement of [
      sql`grant usage on schema public to ${r}`,
      sql`grant select, insert, update, delete on all tables in schema public to ${r}`,
      sql`grant usage, select, update on all sequences in schema public to ${r}`,
      sql`alter default privileges in schema public grant select, insert, update, delete on tables to ${r}`,
      sql`alter default privileges in schema public grant usage, select, update on sequences to ${r}`,
      sql`revoke update, delete, truncate on audit_log, audit_log_province from ${r}`,
    ]) {
      await statement.execute(trx);
    }
  });
}
