import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { currentUserFromRow } from '../auth/currentUserFromRow';
import { accountsQuery } from '../auth/accountQuery';
import type { ServiceContext } from '../serviceContext';

/** The first national administrator, as whom the demo data is entered through the services. */
export async function demoAdminContext(db: Kysely<DB>): Promise<ServiceContext> {
  const admin = await accountsQuery(db)
    .where('u.role', '=', 'national_admin')
    .orderBy('u.id')
    .executeTakeFirstOrThrow();
  return { db, actor: { user: currentUserFromRow(admin), ip: '127.0.0.1' }, now: () => new Date() };
}
