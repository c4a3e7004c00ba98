import { rm } from 'node:fs/promises';
import type { Kysely, Selectable } from 'kysely';
import type { DB, ImportBatchTable } from '../../db/schema';
import type { ImportBatch } from '../../domain/imports/batchSchemas';
import {
  detectHeader,
  HEADER_SEARCH_ROWS,
  type ColumnMapping,
  type DetectedHeader,
} from '../../domain/imports/detectHeader';
import { rowKind } from '../../domain/imports/nonDataRows';
import type { ImportColumn } from '../../domain/imports/importColumns';
import { resolveProvince } from '../../domain/reference/resolveProvince';
import { normalizeForLookup } from '../../domain/text/normalizeText';
import { auditActor } from '../audit/writeAudit';
import { AppError, notFound, outsideJurisdiction } from '../http/errors';
import { fieldError } from '../http/validationError';
import { supplyingAssociation } from '../associations/associationService';
import type { PersonServiceContext } from '../serviceContext';
import { presentRow } from '../records/presentRow';
import { readSpreadsheetRows, sniffSpreadsheet, type SpreadsheetFile, type SheetRow } from './readSpreadsheet';
import { READ_LIMITS } from './readLimits';
import { refuseDuplicateColumns } from './refuseDuplicateColumns';
import type { StoredUpload } from './uploadStore';
import { assertInSight, jurisdictionOf, ofProvince, visibleRows } from '../access/policy';

type BatchRecord = Selectable<ImportBatchTable>;

/** The province an import is attributed to: a province user's own; a national user must name one. */
function sourceProvinceOf(ctx: PersonServiceContext, requested: string | undefined): string {
  const scope = jurisdictionOf(ctx.actor.user);
  const resolved = requested ? resolveProvince(requested) : null;
  if (resolved && !resolved.ok) throw fieldError('sourceProvince', 'unknownProvince');
  const code = resolved?.ok ? resolved.province.code : scope;
  if (!code) throw fieldError('sourceProvince', 'required');
  if (scope && code !== scope) throw outsideJurisdiction(code);
  return code;
}

const sourceKey = (province: string, association: string | null) =>
  `${province}|${normalizeForLookup(association ?? '')}`;

/**
 * The rows the header is looked for in: the first 30, or fewer when they hold more than READ_LIMITS
 * allows. `complete` when they are the whole file.
 */
async function firstRows(file: SpreadsheetFile): Promise<{ rows: SheetRow[]; complete: boolean }> {
  const rows: SheetRow[] = [];
  let chars = 0;
  for await (const row of readSpreadsheetRows(file)) {
    rows.push(row);
    chars += row.cells.reduce<number>((sum, cell) => sum + String(cell ?? '').length, 0);
    if (rows.length >= HEADER_SEARCH_ROWS || chars > READ_LIMITS.headerSearchChars) return { rows, complete: false };
  }
  return { rows, complete: true };
}

/** A file that ends before any row of data (a header alone, or the header and its footer) is refused at once. */
function refuseHeaderOnly(rows: readonly SheetRow[], header: DetectedHeader): void {
  for (const row of rows.slice(header.headerRowIndex + 1)) {
    const kind = rowKind(row.cells, header.columns);
    if (kind === 'data') return;
    if (kind === 'footer') break;
  }
  throw new AppError(400, 'NO_DATA_ROWS');
}

/** A mapping the user corrected for this source earlier overrides the guess, header by header. */
async function applySavedMapping(db: Kysely<DB>, key: string, columns: ColumnMapping[]): Promise<ColumnMapping[]> {
  const saved = await db
    .selectFrom('import_mapping')
    .select('headers')
    .where('source_key', '=', key)
    .executeTakeFirst();
  if (!saved) return columns;
  return columns.map((c) => {
    const header = normalizeForLookup(c.header);
    return header in saved.headers ? { ...c, column: (saved.headers[header] ?? null) as ImportColumn | null } : c;
  });
}

/** Takes an uploaded file in: what it is, where its header is, how its columns map. Nothing is imported yet. */
export async function createBatch(
  ctx: PersonServiceContext,
  upload: StoredUpload & { fileName: string },
  source: { province?: string; association?: string; consentEvidence?: string },
): Promise<ImportBatch> {
  try {
    const province = sourceProvinceOf(ctx, source.province);
    const named = source.association?.trim();
    const supplier = named ? await supplyingAssociation(ctx.db, province, named, 'sourceAssociation') : null;
    const association = supplier?.name ?? null;
    const file = await sniffSpreadsheet(upload.path);
    const { rows, complete } = await firstRows(file);
    const header = detectHeader(rows.map((r) => r.cells.map((cell) => (cell === null ? '' : String(cell)))));
    if (!header) throw new AppError(400, 'HEADER_NOT_FOUND');
    if (complete) refuseHeaderOnly(rows, header);
    const columns = await applySavedMapping(ctx.db, sourceKey(province, association), header.columns);
    refuseDuplicateColumns(columns);
    const batch = await ctx.db.transaction().execute(async (trx) => {
      const inserted = await trx
        .insertInto('import_batch')
        .values({
          file_name: upload.fileName,
          file_hash: upload.sha256,
          file_size: upload.size,
          file_kind: file.kind,
          stored_path: upload.path,
          source_province_code: province,
          source_association: association,
          association_id: supplier?.id ?? null,
          consent_evidence: source.consentEvidence?.trim().slice(0, 1000) || null,
          header_row: rows[header.headerRowIndex]?.rowNumber ?? 1,
          columns: JSON.stringify(columns),
          status: 'uploaded',
          created_by: ctx.actor.user.id,
          created_at: ctx.now(),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await auditBatch(trx, ctx, 'import.upload', inserted, { fileName: upload.fileName, size: upload.size });
      return inserted;
    });
    return toBatchView(ctx.db, batch);
  } catch (error) {
    await rm(upload.path, { force: true });
    throw error;
  }
}

export function auditBatch(
  db: Kysely<DB>,
  ctx: PersonServiceContext,
  action: string,
  batch: BatchRecord,
  details: Record<string, unknown> = {},
) {
  return auditActor(db, ctx.actor, {
    action,
    entityType: 'import_batch',
    entityId: batch.id,
    provinces: batch.source_province_code,
    details,
  });
}

/** A batch the user may see (their province's, or any for national users); 404 otherwise. */
export async function loadBatch(ctx: PersonServiceContext, id: string): Promise<BatchRecord> {
  const batch = await ctx.db.selectFrom('import_batch').selectAll().where('id', '=', id).executeTakeFirst();
  if (!batch) throw notFound();
  assertInSight(ctx.actor.user, 'importBatch', ofProvince(batch.source_province_code));
  return batch;
}

/** Corrects the column mapping of a batch not yet committed; remembered for the source when asked. */
export async function updateMapping(
  ctx: PersonServiceContext,
  id: string,
  update: { columns: { index: number; column: ImportColumn | null }[]; remember: boolean },
): Promise<ImportBatch> {
  const batch = await loadBatch(ctx, id);
  if (!['uploaded', 'checked'].includes(batch.status)) throw new AppError(409, 'CONFLICT');
  const chosen = new Map(update.columns.map((c) => [c.index, c.column]));
  const columns = batch.columns.map((c) => (chosen.has(c.index) ? { ...c, column: chosen.get(c.index) ?? null } : c));
  const updated = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('import_batch')
      .set({
        columns: JSON.stringify(columns),
        status: 'uploaded',
        rows_total: null,
        rows_valid: null,
        rows_invalid: null,
        rows_duplicate: null,
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx.deleteFrom('import_problem').where('batch_id', '=', id).execute();
    if (update.remember && batch.source_province_code) {
      const headers = Object.fromEntries(
        columns.filter((c) => c.header).map((c) => [normalizeForLookup(c.header), c.column]),
      );
      const key = sourceKey(batch.source_province_code, batch.source_association);
      await trx
        .insertInto('import_mapping')
        .values({ source_key: key, headers: JSON.stringify(headers), updated_by: ctx.actor.user.id })
        .onConflict((oc) =>
          oc
            .column('source_key')
            .doUpdateSet({ headers: JSON.stringify(headers), updated_by: ctx.actor.user.id, updated_at: new Date() }),
        )
        .execute();
    }
    await auditBatch(trx, ctx, 'import.mapping', row, {
      columns: columns.map((c) => `${c.letter}:${c.column ?? '-'}`),
    });
    return row;
  });
  return toBatchView(ctx.db, updated);
}

export async function listBatches(ctx: PersonServiceContext): Promise<ImportBatch[]> {
  const batches = await ctx.db
    .selectFrom('import_batch')
    .selectAll()
    .where(visibleRows(ctx.actor.user, 'importBatch', 'import_batch'))
    .orderBy('created_at', 'desc')
    .limit(200)
    .execute();
  const context = await viewContext(ctx.db, batches);
  return batches.map((b) => batchView(b, context));
}

/** A batch as the API shows it, with who uploaded it and any earlier commit of the same file. */
export async function toBatchView(db: Kysely<DB>, batch: BatchRecord): Promise<ImportBatch> {
  return batchView(batch, await viewContext(db, [batch]));
}

type ViewContext = Awaited<ReturnType<typeof viewContext>>;

/** Usernames of the uploaders and the committed batches by file hash: two queries for any number of batches. */
async function viewContext(db: Kysely<DB>, batches: readonly BatchRecord[]) {
  const userIds = [...new Set(batches.flatMap((b) => (b.created_by === null ? [] : [b.created_by])))];
  const hashes = [...new Set(batches.map((b) => b.file_hash))];
  const [users, committed] = await Promise.all([
    userIds.length
      ? db.selectFrom('app_user').select(['id', 'username']).where('id', 'in', userIds).execute()
      : Promise.resolve([]),
    hashes.length
      ? db
          .selectFrom('import_batch')
          .select(['id', 'file_hash', 'committed_at'])
          .where('file_hash', 'in', hashes)
          .where('status', 'in', ['committing', 'committed'])
          .execute()
      : Promise.resolve([]),
  ]);
  return { usernames: new Map(users.map((u) => [u.id, u.username])), committed };
}

function batchView(batch: BatchRecord, context: ViewContext): ImportBatch {
  const earlier = context.committed.find((c) => c.file_hash === batch.file_hash && c.id !== batch.id);
  return {
    ...presentRow(batch, BATCH_COLUMNS),
    alreadyImportedAs: earlier ? { id: earlier.id, committedAt: earlier.committed_at?.toISOString() ?? null } : null,
    createdBy: batch.created_by === null ? null : (context.usernames.get(batch.created_by) ?? null),
  };
}

const BATCH_COLUMNS = [
  ...['id', 'file_name', 'file_kind', 'file_size', 'source_province_code', 'source_association', 'association_id'],
  ...['header_row', 'columns', 'status', 'rows_total', 'rows_valid', 'rows_invalid', 'rows_duplicate'],
  ...['rows_committed', 'failure', 'created_at', 'committed_at', 'rolled_back_at', 'duplicates_checked_at'],
  ...['duplicate_pairs', 'rows_update', 'rows_skip', 'rows_updated', 'consent_evidence'],
] as const;
