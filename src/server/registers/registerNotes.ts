import type { RecordNoteTable } from '../../db/schema';
import type { RegisterSpec } from '../../domain/registers/registerSpec';
import { auditOf } from '../audit/writeAudit';
import { notFound } from '../http/errors';
import { fileOfRow, storedFileColumns, type UploadedFile } from '../http/files';
import type { ServiceContext } from '../serviceContext';
import { recordInHands } from './registerService';
import { presentRow } from '../records/presentRow';

// The registers that keep notes (hasNotes), as record_note's check constraint names them.
const NOTED_RECORD_TYPES: readonly RecordNoteTable['record_type'][] = [
  'agreement',
  'delegation',
  'ngo_project',
  'business',
  'event',
];

function notedRecordType(spec: RegisterSpec): RecordNoteTable['record_type'] {
  const type = NOTED_RECORD_TYPES.find((t) => t === spec.table);
  if (!type) throw new Error(`register ${spec.key} keeps no notes`);
  return type;
}

/** The dated notes (follow-up activities, reports) and files of a record, newest first. */
export async function notesAndFiles(ctx: ServiceContext, spec: RegisterSpec, id: string) {
  await recordInHands(ctx.db, ctx, spec, id);
  const [notes, files] = await Promise.all([
    ctx.db
      .selectFrom('record_note as n')
      .leftJoin('app_user as u', 'u.id', 'n.created_by')
      .select(['n.id', 'n.noted_on', 'n.title', 'n.content', 'u.display_name'])
      .where('n.record_type', '=', notedRecordType(spec))
      .where('n.record_id', '=', id)
      .orderBy('n.noted_on', 'desc')
      .orderBy('n.id', 'desc')
      .execute(),
    ctx.db
      .selectFrom('record_file')
      .select(['id', 'file_name', 'size', 'uploaded_at'])
      .where('record_type', '=', spec.table)
      .where('record_id', '=', id)
      .orderBy('id')
      .execute(),
  ]);
  return {
    notes: notes.map((n) => ({
      ...presentRow(n, ['id', 'noted_on', 'title', 'content']),
      createdBy: n.display_name,
    })),
    files: files.map((f) => presentRow(f, ['id', 'file_name', 'size', 'uploaded_at'])),
  };
}

export async function addNote(
  ctx: ServiceContext,
  spec: RegisterSpec,
  id: string,
  note: { notedOn: string; title: string; content: string | null },
) {
  await ctx.db.transaction().execute(async (trx) => {
    const record = await recordInHands(trx, ctx, spec, id, true);
    await trx
      .insertInto('record_note')
      .values({
        record_type: notedRecordType(spec),
        record_id: id,
        noted_on: note.notedOn,
        title: note.title,
        content: note.content,
        created_by: ctx.actor.user.id,
      })
      .execute();
    await auditOf(spec.table)(trx, ctx.actor, 'note', id, record.province_code);
  });
  return notesAndFiles(ctx, spec, id);
}

export async function addFile(ctx: ServiceContext, spec: RegisterSpec, id: string, file: UploadedFile) {
  await ctx.db.transaction().execute(async (trx) => {
    const record = await recordInHands(trx, ctx, spec, id, true);
    await trx
      .insertInto('record_file')
      .values({
        record_type: spec.table,
        record_id: id,
        ...storedFileColumns(file, ctx.actor.user.id),
      })
      .execute();
    await auditOf(spec.table)(trx, ctx.actor, 'file', id, record.province_code);
  });
  return notesAndFiles(ctx, spec, id);
}

export async function readFile(ctx: ServiceContext, spec: RegisterSpec, id: string, fileId: number) {
  const record = await recordInHands(ctx.db, ctx, spec, id);
  const file = await ctx.db
    .selectFrom('record_file')
    .select(['file_name', 'content_type', 'content'])
    .where('id', '=', fileId)
    .where('record_type', '=', spec.table)
    .where('record_id', '=', id)
    .executeTakeFirst();
  if (!file) throw notFound();
  await auditOf(spec.table)(ctx.db, ctx.actor, 'file_read', id, record.province_code, { fileId });
  return fileOfRow(file);
}
