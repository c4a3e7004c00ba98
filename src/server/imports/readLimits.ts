import { columnLetter } from '../../domain/imports/detectHeader';
import type { Language } from '../../domain/validation/localizeIssue';
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
export function readLimitError(limit: ReadLimit, rowNumber: number, columnIndex: number, language: Language): AppError {
  const cell = `${columnLetter(columnIndex)}${rowNumber}`;
  const column = columnLetter(columnIndex);
  const { cellChars, rowChars, columns } = READ_LIMITS;
  const message = {
    vi: {
      cell: `Ô ${cell} (dòng ${rowNumber}, cột ${column}) dài quá ${cellChars} ký tự`,
      row: `Dòng ${rowNumber} dài quá ${rowChars} ký tự (tới cột ${column})`,
      columns: `Dòng ${rowNumber} có dữ liệu ở cột ${column}, quá ${columns} cột`,
      nul: `Ô ${cell} (dòng ${rowNumber}, cột ${column}) có ký tự NUL (mã 0), không phải văn bản`,
    },
    en: {
      cell: `Cell ${cell} (row ${rowNumber}, column ${column}) is longer than ${cellChars} characters`,
      row: `Row ${rowNumber} is longer than ${rowChars} characters (up to column ${column})`,
      columns: `Row ${rowNumber} has data in column ${column}, beyond ${columns} columns`,
      nul: `Cell ${cell} (row ${rowNumber}, column ${column}) holds a NUL character (code 0), which is not text`,
    },
  }[language][limit];
  return new AppError(400, CODES[limit], [{ path: cell, code: CODES[limit], message }]);
}
