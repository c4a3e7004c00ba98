import { normalizeForLookup } from '../text/normalizeText';
import {
  IMPORT_COLUMN_DEFINITIONS,
  IMPORT_COLUMNS,
  RELATIVE_COUNTERPART,
  REPEATABLE_COLUMNS,
  type ImportColumn,
} from './importColumns';

/** One column of the file: its letter, its header as written, and the import column it feeds. */
export interface ColumnMapping {
  index: number;
  letter: string;
  header: string;
  column: ImportColumn | null;
}

export interface DetectedHeader {
  /** 0-based index of the last header row; data begins on the next row. */
  headerRowIndex: number;
  columns: ColumnMapping[];
}

/** Rows above the header that are looked at: titles, dates, signatures of the sending office. */
export const HEADER_SEARCH_ROWS = 30;

const VARIANTS = IMPORT_COLUMNS.flatMap((column) =>
  IMPORT_COLUMN_DEFINITIONS[column].variants.map((variant) => ({ column, variant })),
).sort((a, b) => b.variant.length - a.variant.length);

const mentionsRelatives = (normalised: string) => /\b(than nhan|nguoi than|relatives?)\b/.test(normalised);

/** "A", "B", … "Z", "AA": the column letter a spreadsheet shows. */
export function columnLetter(index: number): string {
  let letter = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  return letter;
}

/**
 * The import column a header names: the longest variant the header is or begins with ("Ngày sinh
 * (dd/mm/yyyy)" is a date of birth), null for none. `group` is the text of a group header above it.
 */
export function matchHeader(header: string, group = ''): ImportColumn | null {
  const text = normalizeForLookup(header);
  if (!text) return null;
  const bySex = sexSubColumn(header, group);
  if (bySex) return bySex;
  const found = VARIANTS.find(({ variant }) => text === variant || text.startsWith(`${variant} `))?.column ?? null;
  if (!found) return null;
  const aboutRelatives = mentionsRelatives(text) || mentionsRelatives(normalizeForLookup(group));
  return aboutRelatives ? (RELATIVE_COUNTERPART[found] ?? found) : found;
}

// Compared as written, lower-case: "Năm" (year) under "Ngày sinh" is not "Nam" (male).
const SEX_OF_SUBHEADER: Readonly<Record<string, 'male' | 'female'>> = {
  nam: 'male',
  nữ: 'female',
  nu: 'female',
  male: 'male',
  female: 'female',
};

/** The sex a sub-header "Nam" or "Nữ" names, or undefined. */
export const sexOfSubheader = (header: string) => SEX_OF_SUBHEADER[header.trim().toLowerCase()];

/**
 * "Nam | Nữ" under a group: the date of birth written under the person's sex ("Ngày sinh" or
 * "Năm sinh" above), or a mark under it ("Giới tính" above).
 */
function sexSubColumn(header: string, group: string): ImportColumn | null {
  const sex = sexOfSubheader(header);
  if (!sex || !group) return null;
  const above = normalizeForLookup(group);
  if (/\b(sinh|birth)\b/.test(above)) return sex === 'male' ? 'birthDateMale' : 'birthDateFemale';
  if (/\b(gioi tinh|gioi|phai|sex|gender)\b/.test(above)) return sex === 'male' ? 'sexMale' : 'sexFemale';
  return null;
}

type Row = readonly string[];

/** A group row spans its cells to the right (merged cells keep their text in the first one only). */
function spreadGroups(row: Row, width: number): string[] {
  const filled = row.filter((cell) => cell.trim()).length;
  if (filled < 2) return Array.from({ length: width }, () => ''); // a title, not a group row
  const spread: string[] = [];
  let current = '';
  for (let i = 0; i < width; i++) {
    if (row[i]?.trim()) current = row[i] ?? '';
    spread.push(current);
  }
  return spread;
}

/** The mapping a header of one row, or of two (a group row above sub-headers), gives. */
function mapRows(upper: Row | null, lower: Row): ColumnMapping[] {
  const width = Math.max(lower.length, upper?.length ?? 0);
  const groups = upper ? spreadGroups(upper, width) : [];
  return Array.from({ length: width }, (_, index) => {
    const above = upper?.[index]?.trim() ?? '';
    // A header merged down over both rows keeps its text in the upper one (or, filled, in both).
    const own = lower[index]?.trim() === above ? '' : (lower[index]?.trim() ?? '');
    const header = own || above;
    return { index, letter: columnLetter(index), header, column: matchHeader(header, own ? groups[index] : '') };
  });
}

function score(columns: ColumnMapping[]): number {
  const mapped = new Set(columns.flatMap((c) => (c.column ? [c.column] : [])));
  return mapped.has('fullName') ? mapped.size : 0;
}

/**
 * Finds the header among the first rows: the row (or pair of rows) that names the most known
 * columns, one of them the full name. Null when there is none.
 */
export function detectHeader(rows: readonly Row[]): DetectedHeader | null {
  let best: DetectedHeader | null = null;
  let bestScore = 1; // at least two known columns
  const candidates = rows.slice(0, HEADER_SEARCH_ROWS);
  candidates.forEach((row, i) => {
    const options = [mapRows(null, row), ...(i > 0 ? [mapRows(candidates[i - 1] ?? [], row)] : [])];
    for (const columns of options) {
      const s = score(columns);
      if (s > bestScore) {
        best = { headerRowIndex: i, columns };
        bestScore = s;
      }
    }
  });
  return best;
}

/**
 * Columns mapped to the same import column that can hold only one value, grouped; empty when
 * there are none. Two phone columns add up (REPEATABLE_COLUMNS); two birth date columns collide.
 */
export function duplicateColumns(columns: readonly ColumnMapping[]): ColumnMapping[][] {
  const byColumn = new Map<ImportColumn, ColumnMapping[]>();
  for (const c of columns) {
    if (c.column && !REPEATABLE_COLUMNS.includes(c.column))
      byColumn.set(c.column, [...(byColumn.get(c.column) ?? []), c]);
  }
  return [...byColumn.values()].filter((group) => group.length > 1);
}
