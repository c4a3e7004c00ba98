import type { CellValue } from '../../../domain/imports/cellValues';
import { AppError } from '../../http/errors';
import { READ_LIMITS, readLimitError } from '../readLimits';
import type { SheetRow } from '../readSpreadsheet';
import { unescapeOoxml, type WorkbookParts } from './workbookParts';
import { XML_LIMITS, xmlText } from './xmlText';
import { attributesOf, xmlTokenizer, XmlTokenTooLong } from './xmlTokenizer';

const DAY_MS = 86_400_000;
// Serial 25569 is 1 January 1970 in the 1900 date system; the 1904 system starts 1462 days later.
const UNIX_EPOCH_SERIAL = 25_569;
const DATE_1904_OFFSET = 1_462;

/** "AB12" → 27 (the column, from 0); null when the reference has no letters. */
function columnOf(reference: string | undefined): number | null {
  const letters = /^[A-Z]{1,3}/.exec(reference ?? '')?.[0];
  if (!letters) return null;
  let column = 0;
  for (const letter of letters) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column - 1;
}

interface Cell {
  column: number;
  type: string;
  style: number;
  text: string[];
  length: number;
}

/** A cell's value as exceljs gave it: shared and inline strings, booleans, errors as empty, dates by style. */
function valueOf(cell: Cell, parts: WorkbookParts): CellValue {
  const text = cell.text.join('');
  switch (cell.type) {
    case 's':
      return parts.sharedStrings[Number(text)] ?? null;
    case 'inlineStr':
    case 'str':
      return unescapeOoxml(text);
    case 'b':
      return text === '1' || text === 'true';
    case 'e':
      return null;
    case 'd': {
      const date = new Date(text);
      return Number.isNaN(date.getTime()) ? text : date;
    }
  }
  if (text === '') return null;
  const number = Number(text);
  if (Number.isNaN(number)) return text;
  if (!parts.isDateStyle[cell.style]) return number;
  const serial = number - UNIX_EPOCH_SERIAL + (parts.isDate1904 ? DATE_1904_OFFSET : 0);
  return new Date(Math.round(serial * DAY_MS));
}

/**
 * The rows of a worksheet's XML, streamed: each row is handed on as soon as it closes, with its
 * cells by column (empty ones null). Cells, rows and columns are held to READ_LIMITS as they come.
 */
export async function* sheetRows(file: string, parts: WorkbookParts): AsyncGenerator<SheetRow> {
  const done: SheetRow[] = [];
  let rowNumber = 0;
  let cells: CellValue[] = [];
  let rowChars = 0;
  let lastColumn = -1;
  let cell: Cell | null = null;
  let isInValue = false;
  let isInPhonetic = false;
  let isSheetDone = false;

  const tokens = xmlTokenizer(
    {
      open(name, raw) {
        if (name === 'row') {
          const r = Number(attributesOf(raw).r);
          rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
          [cells, rowChars, lastColumn] = [[], 0, -1];
        } else if (name === 'c') {
          const a = attributesOf(raw);
          const column = columnOf(a.r) ?? lastColumn + 1;
          lastColumn = column;
          cell = { column, type: a.t ?? 'n', style: Number(a.s ?? 0), text: [], length: 0 };
        } else if (name === 'rPh') isInPhonetic = true;
        else if ((name === 'v' || name === 't') && cell && !isInPhonetic) isInValue = true;
      },
      close(name) {
        if (name === 'v' || name === 't') isInValue = false;
        else if (name === 'rPh') isInPhonetic = false;
        else if (name === 'c' && cell) {
          const value = valueOf(cell, parts);
          if (typeof value === 'string' && value.includes('\u0000')) {
            throw readLimitError('nul', rowNumber, cell.column);
          }
          if (value !== null && value !== '') {
            if (cell.column >= READ_LIMITS.columns) throw readLimitError('columns', rowNumber, cell.column);
            rowChars += String(value).length;
            if (rowChars > READ_LIMITS.rowChars) throw readLimitError('row', rowNumber, cell.column);
            while (cells.length < cell.column) cells.push(null);
            cells[cell.column] = value;
          }
          cell = null;
        } else if (name === 'row') done.push({ rowNumber, cells });
        else if (name === 'sheetData') isSheetDone = true;
      },
      text(text) {
        if (!isInValue || !cell) return;
        cell.length += text.length;
        if (cell.length > READ_LIMITS.cellChars) throw readLimitError('cell', rowNumber, cell.column);
        cell.text.push(text);
      },
    },
    XML_LIMITS,
  );

  for await (const text of xmlText(file, parts.sheet)) {
    try {
      tokens.push(text);
    } catch (error) {
      // A text that never ends inside a cell is that cell's fault; elsewhere the file's.
      if (!(error instanceof XmlTokenTooLong)) throw error;
      const current = cell as Cell | null;
      if (current) throw readLimitError('cell', rowNumber, current.column);
      throw new AppError(400, 'FILE_CORRUPTED');
    }
    yield* done.splice(0);
    if (isSheetDone) return;
  }
  tokens.end();
  yield* done.splice(0);
}
