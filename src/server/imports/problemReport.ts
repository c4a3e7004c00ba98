import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { IMPORT_COLUMN_DEFINITIONS, type ImportColumn } from '../../domain/imports/importColumns';
import { VALIDATION_MESSAGES } from '../../domain/validation/localizeIssue';
import { IMPORT_TEXTS } from '../../domain/imports/importTexts';
import type { Language } from '../../domain/text/texts';
import { auditBatch, loadBatch } from './batchService';
import type { PersonServiceContext } from '../serviceContext';
import { presentRow } from '../records/presentRow';

type BatchRecord = Awaited<ReturnType<typeof loadBatch>>;

function problemMessage(code: string, language: Language): string {
  return code in VALIDATION_MESSAGES ? VALIDATION_MESSAGES[code as keyof typeof VALIDATION_MESSAGES][language] : code;
}

function columnLabel(column: string, language: Language): string {
  return IMPORT_COLUMN_DEFINITIONS[column as ImportColumn]?.[language] ?? column;
}

/** A page of the dry run's findings, worded in the language; audited, since they quote the file's values. */
export async function importProblems(
  ctx: PersonServiceContext,
  id: string,
  page: { offset: number; limit: number },
  language: Language,
) {
  const batch = await loadBatch(ctx, id);
  await auditBatch(ctx.db, ctx, 'import.problems', batch, page);
  const base = ctx.db.selectFrom('import_problem').where('batch_id', '=', id);
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy('row_number').orderBy('column_name').offset(page.offset).limit(page.limit).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => ({
      ...presentRow(r, ['row_number', 'code', 'value']),
      column: r.column_name,
      message: problemMessage(r.code, language),
    })),
    total: count.n,
  };
}

const PAGE = 5_000;

/** The dry run's findings as xlsx (row, column, problem, value), streamed page by page; audited. */
export async function writeProblemReport(
  ctx: PersonServiceContext,
  batch: BatchRecord,
  language: Language,
): Promise<Readable> {
  await auditBatch(ctx.db, ctx, 'import.report', batch);
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true });
  const sheet = workbook.addWorksheet(IMPORT_TEXTS.reportSheet[language]);
  sheet.columns = [
    { header: IMPORT_TEXTS.reportRow[language], key: 'row', width: 8 },
    { header: IMPORT_TEXTS.reportColumn[language], key: 'column', width: 24 },
    { header: IMPORT_TEXTS.reportProblem[language], key: 'problem', width: 50 },
    { header: IMPORT_TEXTS.reportValue[language], key: 'value', width: 40 },
  ];
  sheet.getRow(1).font = { bold: true };
  const write = async () => {
    for (let offset = 0; ; offset += PAGE) {
      const rows = await ctx.db
        .selectFrom('import_problem')
        .selectAll()
        .where('batch_id', '=', batch.id)
        .orderBy('row_number')
        .orderBy('column_name')
        .offset(offset)
        .limit(PAGE)
        .execute();
      for (const r of rows) {
        sheet
          .addRow({
            row: r.row_number,
            column: columnLabel(r.column_name, language),
            problem: problemMessage(r.code, language),
            // Text, never a formula: the value came from an uploaded file.
            value: { richText: [{ text: r.value }] },
          })
          .commit();
      }
      if (rows.length < PAGE) break;
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => output.destroy(error as Error));
  return output;
}
