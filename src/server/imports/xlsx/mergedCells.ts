import type { CellValue } from '../../../domain/imports/cellValues';
import { xmlText } from './xmlText';
import type { ZipEntry } from './zipEntries';

/** A merged range that spans several rows: its value (in its top-left cell) belongs to each. */
export interface VerticalMerge {
  column: number;
  firstRow: number;
  lastRow: number;
}

const MERGE_CELL = /<(?:\w+:)?mergeCell\b[^>]*\bref="([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)"/g;
// A tag cut at a chunk's end is read again with the next chunk.
const TAIL_CHARS = 200;

function columnNumber(letters: string): number {
  let column = 0;
  for (const letter of letters) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column - 1;
}

/**
 * The vertical merges of a sheet. They are written after the rows (`<mergeCells>` follows
 * `<sheetData>`), so the sheet is scanned once for them before its rows are read.
 */
export async function readVerticalMerges(path: string, sheet: ZipEntry): Promise<VerticalMerge[]> {
  const merges: VerticalMerge[] = [];
  let carry = '';
  for await (const text of xmlText(path, sheet)) {
    const window = carry + text;
    let lastEnd = 0;
    for (const match of window.matchAll(MERGE_CELL)) {
      const [, fromColumn = '', fromRow, , toRow] = match;
      if (Number(toRow) > Number(fromRow)) {
        merges.push({ column: columnNumber(fromColumn), firstRow: Number(fromRow), lastRow: Number(toRow) });
      }
      lastEnd = (match.index ?? 0) + match[0].length;
    }
    carry = window.slice(Math.max(lastEnd, window.length - TAIL_CHARS));
  }
  return merges;
}

/**
 * Fills each row's cells under a vertical merge with the value of the merge's first row, as a
 * reader of the sheet sees it ("Quê quán" written once for a family of four). Rows come in order;
 * only the merges open at a row are looked at.
 */
export function mergedFiller(merges: readonly VerticalMerge[]) {
  const pending = [...merges].sort((a, b) => b.firstRow - a.firstRow); // next to open last
  let open: { merge: VerticalMerge; value: CellValue }[] = [];
  return (rowNumber: number, cells: CellValue[]): CellValue[] => {
    open = open.filter(({ merge }) => merge.lastRow >= rowNumber);
    while (pending.length && (pending.at(-1)?.firstRow ?? Infinity) <= rowNumber) {
      const merge = pending.pop();
      if (!merge || merge.lastRow < rowNumber) continue;
      open.push({ merge, value: merge.firstRow === rowNumber ? (cells[merge.column] ?? null) : null });
    }
    for (const { merge, value } of open) {
      if (rowNumber === merge.firstRow || (cells[merge.column] ?? null) !== null) continue;
      while (cells.length < merge.column) cells.push(null);
      cells[merge.column] = value;
    }
    return cells;
  };
}
