import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { CaseEventKind } from '../../domain/cases/caseCategories';
import { auditOf } from '../audit/writeAudit';
import type { ServiceContext } from '../serviceContext';

/**
 * One action on a case: a line of its timeline, and the audit log's entry. `details` are what the
 * timeline shows (statuses, the task's title, a note's text); the audit entry names only the action.
 */
export async function recordCaseEvent(
  db: Kysely<DB>,
  ctx: ServiceContext,
  theCase: { id: string; province_code: string | null },
  kind: CaseEventKind,
  details: Record<string, unknown> = {},
): Promise<void> {
  await db
    .insertInto('protection_case_event')
    .values({ case_id: theCase.id, by_user: ctx.actor.user.id, kind, details: JSON.stringify(details) })
    .execute();
  await db
    .updateTable('protection_case')
    .set({ updated_at: new Date(), updated_by: ctx.actor.user.id })
    .where('id', '=', theCase.id)
    .execute();
  await auditCase(db, ctx, theCase, kind);
}

const auditProtectionCase = auditOf('protection_case', 'case');

/** An audit entry about a case (its reads too: the data is sensitive). */
export const auditCase = (
  db: Kysely<DB>,
  ctx: ServiceContext,
  theCase: { id: string; province_code: string | null },
  action: string,
  details: Record<string, unknown> = {},
) => auditProtectionCase(db, ctx.actor, action, theCase.id, theCase.province_code, details);
