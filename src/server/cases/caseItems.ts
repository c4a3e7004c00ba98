import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import type { CasePersonRole } from '../../domain/cases/caseCategories';
import type { OverdueTask } from '../../domain/cases/caseSchemas';
import { notFound } from '../http/errors';
import { fileOfRow, storedFileColumns, type UploadedFile } from '../http/files';
import { fieldError } from '../http/validationError';
import type { ServiceContext } from '../serviceContext';
import { caseInHands } from './caseAccess';
import { auditCase, recordCaseEvent } from './caseEvents';
import { vietnamDay } from '../../domain/calendar/vietnamDay';
import { mayDo, ofPerson, sharingGiven, visibleRows } from '../access/policy';
import { presentRow } from '../records/presentRow';

type CaseRef = { id: string; province_code: string | null };

/** Links a person of the user's jurisdiction to a case (a 400 naming `path` for any other). */
export async function linkPerson(
  trx: Transaction<DB>,
  ctx: ServiceContext,
  theCase: CaseRef,
  link: { personId: string; role: CasePersonRole },
  path = 'personId',
) {
  const person = await trx
    .selectFrom('person')
    .select(['id', 'full_name', 'hometown_province_code', 'source_province_code', 'hometown_commune_code'])
    .select(['residence_country', sharingGiven('person')])
    .where('id', '=', link.personId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!person || !mayDo(ctx.actor.user, 'read', 'person', ofPerson(person))) throw fieldError(path, 'personUnknown');
  await trx
    .insertInto('protection_case_person')
    .values({ case_id: theCase.id, person_id: link.personId, role: link.role })
    .onConflict((oc) => oc.columns(['case_id', 'person_id']).doUpdateSet({ role: link.role }))
    .execute();
  await recordCaseEvent(trx, ctx, theCase, 'person_linked', {
    personId: person.id,
    name: person.full_name,
    role: link.role,
  });
}

/** Runs a change on a case the user may see, in one transaction with its timeline entry. */
function onCase<T>(ctx: ServiceContext, id: string, change: (trx: Transaction<DB>, theCase: CaseRef) => Promise<T>) {
  return ctx.db.transaction().execute(async (trx) => change(trx, await caseInHands(trx, ctx, id)));
}

export function addCasePerson(ctx: ServiceContext, id: string, link: { personId: string; role: CasePersonRole }) {
  return onCase(ctx, id, (trx, theCase) => linkPerson(trx, ctx, theCase, link));
}

export function removeCasePerson(ctx: ServiceContext, id: string, personId: string) {
  return onCase(ctx, id, async (trx, theCase) => {
    const removed = await trx
      .deleteFrom('protection_case_person')
      .where('case_id', '=', id)
      .where('person_id', '=', personId)
      .executeTakeFirst();
    if (!removed.numDeletedRows) throw notFound();
    await recordCaseEvent(trx, ctx, theCase, 'person_unlinked', { personId });
  });
}

export function addTask(ctx: ServiceContext, id: string, task: { title: string; dueOn: string | null }) {
  return onCase(ctx, id, async (trx, theCase) => {
    const row = await trx
      .insertInto('protection_case_task')
      .values({ case_id: id, title: task.title, due_on: task.dueOn, created_by: ctx.actor.user.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordCaseEvent(trx, ctx, theCase, 'task_added', { taskId: row.id, title: task.title, dueOn: task.dueOn });
  });
}

/** Marks a task done, or not done again. */
export function setTaskDone(ctx: ServiceContext, id: string, taskId: number, done: boolean) {
  return onCase(ctx, id, async (trx, theCase) => {
    const task = await trx
      .updateTable('protection_case_task')
      .set({ done_at: done ? new Date() : null, done_by: done ? ctx.actor.user.id : null })
      .where('id', '=', taskId)
      .where('case_id', '=', id)
      .returning('title')
      .executeTakeFirst();
    if (!task) throw notFound();
    await recordCaseEvent(trx, ctx, theCase, done ? 'task_done' : 'task_reopened', { taskId, title: task.title });
  });
}

export function addNote(ctx: ServiceContext, id: string, text: string) {
  return onCase(ctx, id, (trx, theCase) => recordCaseEvent(trx, ctx, theCase, 'note', { text }));
}

export function addAttachment(ctx: ServiceContext, id: string, file: UploadedFile) {
  return onCase(ctx, id, async (trx, theCase) => {
    const row = await trx
      .insertInto('protection_case_attachment')
      .values({
        case_id: id,
        ...storedFileColumns(file, ctx.actor.user.id),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordCaseEvent(trx, ctx, theCase, 'attachment', {
      attachmentId: row.id,
      fileName: file.fileName,
      size: file.content.length,
    });
  });
}

/** A file of a case the user may see; the download is audited. */
export async function readAttachment(ctx: ServiceContext, id: string, attachmentId: number) {
  const theCase = await caseInHands(ctx.db, ctx, id);
  const file = await ctx.db
    .selectFrom('protection_case_attachment')
    .select(['file_name', 'content_type', 'content'])
    .where('id', '=', attachmentId)
    .where('case_id', '=', id)
    .executeTakeFirst();
  if (!file) throw notFound();
  await auditCase(ctx.db, ctx, theCase, 'attachment_read', { attachmentId });
  return fileOfRow(file);
}

/** Tasks past their due date on the open cases the user may see, most overdue first (the dashboard). */
export async function overdueTasks(ctx: ServiceContext): Promise<OverdueTask[]> {
  const rows = await ctx.db
    .selectFrom('protection_case_task as t')
    .innerJoin('protection_case as c', 'c.id', 't.case_id')
    .select(['t.id', 't.title', 't.due_on', 'c.id as case_id', 'c.code', 'c.title as case_title', 'c.urgency'])
    .where('t.done_at', 'is', null)
    .where('t.due_on', '<', vietnamDay(ctx.now()))
    .where('c.status', 'not in', ['resolved', 'closed'])
    .where(visibleRows(ctx.actor.user, 'case', 'c'))
    .orderBy('t.due_on')
    .limit(50)
    .execute();
  return rows.map((r) => ({
    taskId: r.id,
    ...presentRow(r, ['title', 'case_id', 'case_title', 'urgency']),
    dueOn: r.due_on!,
    caseCode: r.code,
  }));
}
