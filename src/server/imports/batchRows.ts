import { cellText, isTotalRow } from '../../domain/imports/cellValues';
import type { ColumnMapping } from '../../domain/imports/detectHeader';
import { importRow, type ImportedRow, type RowDefaults } from '../../domain/imports/importRow';
import { readSpreadsheetRows, type SpreadsheetFile } from './readSpreadsheet';

export interface BatchRow {
  rowNumber: number;
  result: ImportedRow;
}

/**
 * The data rows of a file below its header, read through the mapping. Blank rows and the total
 * rows hand-made sheets end with ("Tổng cộng") are not data.
 */
export async function* batchRows(
  file: SpreadsheetFile,
  header: { headerRow: number; columns: readonly ColumnMapping[] },
  defaults: RowDefaults,
  afterRow = 0,
): AsyncGenerator<BatchRow> {
  for await (const { rowNumber, cells } of readSpreadsheetRows(file)) {
    if (rowNumber <= header.headerRow || rowNumber <= afterRow) continue;
    if (cells.every((cell) => cellText(cell) === '') || isTotalRow(cells)) continue;
    yield { rowNumber, result: importRow(cells, header.columns, defaults) };
  }
}
