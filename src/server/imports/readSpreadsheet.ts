import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline, type Transform } from 'node:stream';
import iconv from 'iconv-lite';
import type { CellValue } from '../../domain/imports/cellValues';
import { HEADER_SEARCH_ROWS } from '../../domain/imports/detectHeader';
import { toComposedText } from '../../domain/text/normalizeText';
import { AppError } from '../http/errors';
import { csvRowParser, CsvLimitExceeded } from './csvRowParser';
import { refuseBinaryKinds, refuseMarkup, refuseOtherZips } from './fileKind';
import { READ_LIMITS, readLimitError } from './readLimits';
import { detectEncoding, type TextEncoding } from './textEncoding';
import { mergedFiller, readVerticalMerges } from './xlsx/mergedCells';
import { sheetRows } from './xlsx/sheetRows';
import { readWorkbookParts } from './xlsx/workbookParts';
import { readZipEntries } from './xlsx/zipEntries';

export type SpreadsheetFile =
  | { kind: 'xlsx'; path: string }
  | { kind: 'csv'; path: string; encoding: TextEncoding; bomLength: number; delimiter: string };

/** A row as the spreadsheet numbers it (1-based; blank rows of an xlsx are skipped). */
export interface SheetRow {
  rowNumber: number;
  cells: CellValue[];
}

const SAMPLE_BYTES = 64 * 1024;

async function readSample(path: string): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await file.read(buffer, 0, SAMPLE_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

const startsWith = (sample: Buffer, bytes: number[]) => bytes.every((b, i) => sample[i] === b);

/**
 * The delimiter of a csv: of , ; and tab, the one a line of its first rows is cut into most parts
 * by. The first line alone may be a title with none ("DANH SÁCH …").
 */
function detectDelimiter(text: string): string {
  // Quoted fields are left out: "xã A, huyện B" in a ;-file has commas that separate nothing.
  const lines = text.replace(/"(?:[^"]|"")*"/g, '').split(/\r?\n/, HEADER_SEARCH_ROWS);
  const counts = [',', ';', '\t'].map((d) => [d, Math.max(...lines.map((line) => line.split(d).length))] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

/**
 * What kind of file this is, from its content rather than its name: a zip holding a workbook is an
 * xlsx, text is a csv in whatever encoding it was saved; anything else is refused by what it is
 * (see fileKind.ts).
 */
export async function sniffSpreadsheet(path: string): Promise<SpreadsheetFile> {
  const sample = await readSample(path);
  if (sample.length === 0) throw new AppError(400, 'FILE_EMPTY');
  if (startsWith(sample, [0x50, 0x4b, 0x03, 0x04])) {
    await refuseOtherZips(path);
    return { kind: 'xlsx', path };
  }
  refuseBinaryKinds(sample);
  const { encoding, bomLength } = detectEncoding(sample);
  const text = iconv.decode(sample.subarray(bomLength), encoding);
  refuseMarkup(text);
  // Binary content (images, PDFs, archives) decodes to control characters a spreadsheet never has.
  const control = [...text.slice(0, 4096)].filter(
    (c) => c.charCodeAt(0) < 9 || (c.charCodeAt(0) > 13 && c.charCodeAt(0) < 32),
  ).length;
  if (control > 0) throw new AppError(400, 'FILE_TYPE_UNSUPPORTED');
  if (!text.trim()) throw new AppError(400, 'FILE_EMPTY');
  return { kind: 'csv', path, encoding, bomLength, delimiter: detectDelimiter(text) };
}

async function* csvRows(file: Extract<SpreadsheetFile, { kind: 'csv' }>): AsyncGenerator<SheetRow> {
  // One pipeline: a reader that stops early (the header search) closes the file too.
  const decode = iconv.decodeStream(file.encoding) as unknown as Transform;
  const text = pipeline(createReadStream(file.path, { start: file.bomLength }), decode, () => {});
  const { cellChars: fieldChars, rowChars, columns } = READ_LIMITS;
  const parser = csvRowParser(file.delimiter, { fieldChars, rowChars, columns });
  let rowNumber = 0;
  try {
    for await (const chunk of text as AsyncIterable<string>) {
      for (const cells of parser.push(chunk)) yield { rowNumber: ++rowNumber, cells };
    }
    for (const cells of parser.end()) yield { rowNumber: ++rowNumber, cells };
  } catch (error) {
    if (error instanceof CsvLimitExceeded) throw readLimitError(error.limit, error.row, error.column);
    throw error;
  } finally {
    text.destroy();
  }
}

/** Read by our own streaming reader (xlsx/): exceljs held a cell, a zip entry or a sheet of any size. */
async function* xlsxRows(path: string): AsyncGenerator<SheetRow> {
  try {
    const parts = await readWorkbookParts(path, await readZipEntries(path));
    const fill = mergedFiller(await readVerticalMerges(path, parts.sheet));
    for await (const row of sheetRows(path, parts)) yield { ...row, cells: fill(row.rowNumber, row.cells) };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(400, 'FILE_CORRUPTED');
  }
}

/**
 * The rows of the file's first sheet, streamed: memory does not grow with the file. Every text cell
 * is composed (NFC) here, so headers, names and places match whatever program wrote them.
 */
export async function* readSpreadsheetRows(file: SpreadsheetFile): AsyncGenerator<SheetRow> {
  const rows = file.kind === 'xlsx' ? xlsxRows(file.path) : csvRows(file);
  for await (const row of rows) {
    yield { ...row, cells: row.cells.map((cell) => (typeof cell === 'string' ? toComposedText(cell) : cell)) };
  }
}
