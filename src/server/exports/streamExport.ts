import { Transform, type Readable, type Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import { exportRow, type ExportColumn } from '../../domain/exports/exportColumn';
import type { ExportFormat } from '../../domain/exports/exportFormats';

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

async function writeXlsx<T>(columns: readonly ExportColumn<T>[], pages: AsyncIterable<T[]>, output: Writable) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true });
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.columns = columns.map((c) => ({ header: c.header, width: Math.max(12, c.header.length + 2) }));
  sheet.getRow(1).font = { bold: true };
  for await (const rows of pages) {
    for (const row of rows) sheet.addRow(exportRow(columns, row)).commit();
    await drained(output);
  }
  sheet.commit();
  await workbook.commit();
}

// Every field quoted: a program reading the file with another separator still keeps each cell whole.
const csvCell = (text: string) => `"${text.replace(/"/g, '""')}"`;
const csvLine = (cells: readonly string[]) => cells.map(csvCell).join(',') + '\r\n';

/** UTF-8 with a byte order mark: Excel then reads the Vietnamese letters right. */
async function writeCsv<T>(columns: readonly ExportColumn<T>[], pages: AsyncIterable<T[]>, output: Writable) {
  output.write('\ufeff' + csvLine(columns.map((c) => c.header)));
  for await (const rows of pages) {
    output.write(rows.map((row) => csvLine(exportRow(columns, row))).join(''));
    await drained(output);
  }
  output.end();
}

/**
 * A list as an xlsx or csv file, streamed as its pages are read (memory stays flat); formulas are
 * neutralised. `onEnd` is told how many rows went out and whether the file was complete, also when
 * the download broke off (for the audit log). A complete file ends only once `onEnd` is done, so
 * the audit entry exists by the time the reader has the whole file.
 */
export function streamExport<T>(
  format: ExportFormat,
  columns: readonly ExportColumn<T>[],
  pages: AsyncIterable<T[]>,
  onEnd: (rows: number, complete: boolean) => Promise<void>,
): Readable {
  let rows = 0;
  let ended: Promise<void> | undefined;
  const end = (complete: boolean) => (ended ??= onEnd(rows, complete));
  const output = new Transform({
    transform: (chunk, _encoding, done) => done(null, chunk),
    flush: (done) => end(true).then(() => done(), done),
  });
  const counted = async function* () {
    for await (const page of pages) {
      rows += page.length;
      yield page;
    }
  };
  const run = async () => {
    try {
      await (format === 'xlsx' ? writeXlsx : writeCsv)(columns, counted(), output);
      await finished(output); // fails when the download is closed after the last write, before its end
    } catch (error) {
      await end(false);
      throw error;
    }
  };
  run().catch((error: unknown) => output.destroy(error as Error));
  return output;
}
