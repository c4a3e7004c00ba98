import { PassThrough, type Readable, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { can } from '../../domain/auth/roles';
import type { ExportFormat } from '../../domain/exports/exportFormats';
import { PERSON_EXPORT_COLUMNS, personExportRow } from '../../domain/exports/personExportColumns';
import type { PersonListQuery } from '../../domain/persons/listQuery';
import type { Person } from '../../domain/persons/schemas';
import { writeAudit } from '../audit/writeAudit';
import { CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE } from '../http/contentTypes';
import { loadManyPersonParts } from './loadPersonParts';
import { toPerson } from './personRecord';
import type { PersonFilters } from './listPersons';
import { personPage, resolveFilters } from './searchPersons';
import type { PersonContext } from './service';

export const EXPORT_CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  xlsx: XLSX_CONTENT_TYPE,
  csv: CSV_CONTENT_TYPE,
};

const PAGE = 500;

/** Every person the filters match, as full records, in keyset pages: memory stays flat. */
async function* matchingPersons(
  ctx: PersonContext,
  filters: PersonFilters,
  sort: PersonListQuery['sort'],
): AsyncGenerator<Person[]> {
  const mayReadIdentity = can(ctx.actor.user.role, 'persons.identity');
  let cursor: string | undefined;
  do {
    const page = await personPage(ctx, filters, { sort, limit: PAGE, cursor }, { withTotal: false });
    const parts = await loadManyPersonParts(
      ctx.db,
      page.items.map((item) => item.id),
    );
    yield parts.map((p) => toPerson(p, ctx.crypto, mayReadIdentity));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/** Waits while the reader is behind; fails when the download was closed before its end. */
async function drained(output: Writable): Promise<void> {
  if (output.destroyed) throw new Error('the export was closed before its end');
  if (!output.writableNeedDrain) return;
  await new Promise<void>((resolve, reject) => {
    const closed = () => reject(new Error('the export was closed before its end'));
    output.once('close', closed);
    output.once('drain', () => {
      output.off('close', closed);
      resolve();
    });
  });
}

async function writeXlsx(pages: AsyncIterable<Person[]>, output: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true });
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.columns = PERSON_EXPORT_COLUMNS.map((c) => ({ header: c.header, width: Math.max(12, c.header.length + 2) }));
  sheet.getRow(1).font = { bold: true };
  for await (const persons of pages) {
    for (const person of persons) sheet.addRow(personExportRow(person)).commit();
    await drained(output);
  }
  sheet.commit();
  await workbook.commit();
}

const csvCell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
const csvLine = (cells: readonly string[]) => cells.map(csvCell).join(',') + '\r\n';

/** UTF-8 with a byte order mark: Excel then reads the Vietnamese letters right. */
async function writeCsv(pages: AsyncIterable<Person[]>, output: Writable): Promise<void> {
  output.write('\ufeff' + csvLine(PERSON_EXPORT_COLUMNS.map((c) => c.header)));
  for await (const persons of pages) {
    output.write(persons.map((person) => csvLine(personExportRow(person))).join(''));
    await drained(output);
  }
  output.end();
}

/**
 * The filtered person list as a file, streamed as it is read. The filters are checked before the
 * first byte; the export is audited with its filters and the number of persons it held, also
 * when it breaks off.
 */
export async function exportPersons(
  ctx: PersonContext,
  query: PersonListQuery,
  format: ExportFormat,
): Promise<Readable> {
  const filters = await resolveFilters(ctx, query);
  const output = new PassThrough();
  let persons = 0;
  let complete = false;
  const counted = async function* () {
    for await (const page of matchingPersons(ctx, filters, query.sort)) {
      persons += page.length;
      yield page;
    }
  };
  const run = async () => {
    try {
      await (format === 'xlsx' ? writeXlsx : writeCsv)(counted(), output);
      complete = true;
    } finally {
      await writeAudit(ctx.db, {
        userId: ctx.actor.user.id,
        username: ctx.actor.user.username,
        action: 'person.export',
        entityType: 'person',
        ip: ctx.actor.ip,
        details: { format, filters: { ...query, limit: undefined, cursor: undefined }, persons, complete },
      });
    }
  };
  run().catch((error: unknown) => output.destroy(error as Error));
  return output;
}
