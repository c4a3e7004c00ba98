import { columnLetter } from '../../domain/imports/detectHeader';
import { IMPORT_TEXTS } from '../../domain/imports/importTexts';
import { AppError } from '../http/errors';

/**
 * What a spreadsheet may hold, enforced while it streams in: no cell, row or zip entry makes the
 * server hold more than a few megabytes, whatever the file (a 50 MB line, a zip bomb).
 */
export const READ_LIMITS = {
  /** Excel's own limit of a cell. */
  cellChars: 32_767,
  /** All the cells of one row, separators included. */
  rowChars: 1_000_000,
  /** Columns holding a value (empty cells beyond are ignored). */
  columns: 1_000,
  /** What the header search reads at most of the first rows (it reads up to 30 of them). */
  headerSearchChars: 2_000_000,
  /** An xlsx entry inflates to at most this many times its compressed size… */
  expansionRatio: 500,
  /** …and never past this many bytes (a million-row sheet is about 700 MB of XML). */
  entryBytes: 4 * 1024 ** 3,
  /** Shared strings (the distinct texts of an xlsx) kept in memory while its sheet is read. */
  sharedStringChars: 64_000_000,
} as const;

export type ReadLimit = 'cell' | 'row' | 'columns' | 'nul';

const CODES = {
  cell: 'CELL_TOO_LONG',
  row: 'ROW_TOO_LONG',
  columns: 'TOO_MANY_COLUMNS',
  nul: 'CELL_INVALID_CHARACTER',
} as const;

/** 400 naming the cell where a limit was passed: row as the spreadsheet numbers it, column by letter. */
export function readLimitError(limit: ReadLimit, rowNumber: number, columnIndex: number): AppError {
  const column = columnLetter(columnIndex);
  const cell = `${column}${rowNumber}`;
  const params = { cell, row: rowNumber, column, limit: LIMIT_OF[limit] };
  return new AppError(400, CODES[limit], [{ path: cell, code: CODES[limit], text: TEXTS[limit], params }]);
}

const TEXTS = {
  cell: IMPORT_TEXTS.cellTooLong,
  row: IMPORT_TEXTS.rowTooLong,
  columns: IMPORT_TEXTS.tooManyColumns,
  nul: IMPORT_TEXTS.nulInCell,
};

const LIMIT_OF = { cell: READ_LIMITS.cellChars, row: READ_LIMITS.rowChars, columns: READ_LIMITS.columns, nul: 0 };
