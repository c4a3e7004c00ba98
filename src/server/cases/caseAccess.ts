import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { refusedRecord } from '../audit/refusedRecord';
import { visibleRows } from '../access/policy';
import type { ServiceContext } from '../serviceContext';

/**
 * A case the user may see (the policy's rows of cases: a national administrator all of them, a
 * province administrator those of the province, anyone else those assigned to them and of their
 * province still), locked for a change in the caller's transaction; 404 for one they may not.
 */
export async function caseInHands(db: Kysely<DB>, ctx: ServiceContext, id: string) {
  const row = await db
    .selectFrom('protection_case as c')
    .selectAll('c')
    .where('c.id', '=', id)
    .where(visibleRows(ctx.actor.user, 'case', 'c'))
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw await refusedRecord(db, 'protection_case', id);
  return row;
}
