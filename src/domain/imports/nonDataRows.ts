import { normalizeForLookup } from '../text/normalizeText';
import { cellText, isTotalRow, type CellValue } from './cellValues';
import { matchHeader, sexOfSubheader, type ColumnMapping } from './detectHeader';

/**
 * What a row below the header is. Lists made by hand hold more than persons: section labels
 * ("HUYỆN PHONG ĐIỀN", "II. CÁC ĐỊA PHƯƠNG KHÁC"), the header repeated on each printed page, the
 * column numbers under it ("(1) (2) (3)"), numbered rows left empty, and a footer: the total and,
 * below it, the place and date, "NGƯỜI LẬP BIỂU", the signers' names. `footer` ends the data.
 */
export type RowKind = 'data' | 'blank' | 'section' | 'header' | 'numbering' | 'footer';

// Words that open a unit's or a group's name and never a person's (Quan and Phương can be family
// names: they count only before a number, "Quận 1", "Phường 5").
const UNIT_WORDS =
  /^(huyen|thi xa|thi tran|thanh pho|tp|tinh|khu vuc|cac dia phuong|dia phuong|dia ban|nhom|chi hoi|hoi|danh sach|kieu bao o|khu pho|ap|thon|to dan pho|xa|(quan|phuong) \d)\b/;
const ROMAN_OR_LETTER = /^([ivxlc]+|[a-z])[.)/-]/i;
const SECTION_NUMBER = /^([ivxlc]+|[a-z])[.)]?$/i;
const SIGNATURE_WORDS =
  /^(nguoi lap bieu|nguoi lap bang|nguoi lap|nguoi tong hop|thu truong|ky ten|ky ghi ro|ky va ghi ro|ky dong dau|xac nhan|tm |t m |kt |q chu tich|chu tich|pho chu tich|giam doc|pho giam doc|truong phong|truong ban|noi nhan)/;
const DATE_LINE = /\bngay \d{1,2} thang \d{1,2} nam \d{4}\b/;
const COLUMN_NUMBER = /^\(?\d{1,2}\)?$/;

const isInteger = (text: string) => /^\d+\.?$/.test(text);

type Filled = { index: number; text: string };

function filledCells(cells: readonly CellValue[]): Filled[] {
  return cells.flatMap((cell, index) => {
    const text = cellText(cell);
    return text ? [{ index, text }] : [];
  });
}

/** "(1) (2) (3) …" or "1 2 3 …" across the row: the columns numbered under the header. */
function isColumnNumbering(filled: { text: string }[]): boolean {
  if (filled.length < 3 || !filled.every((c) => COLUMN_NUMBER.test(c.text))) return false;
  const numbers = filled.map((c) => Number(c.text.replace(/[()]/g, '')));
  return numbers.every((n, i) => i === 0 || n === (numbers[i - 1] ?? 0) + 1);
}

const isHeaderWord = (text: string) => matchHeader(text) !== null || sexOfSubheader(text) !== undefined;

/**
 * The header again: at least two cells name the column they stand in, or (the lower row of a
 * two-row header repeated) every cell is a header word and the name column holds none.
 */
function repeatsHeader(cells: readonly CellValue[], filled: Filled[], columns: readonly ColumnMapping[]): boolean {
  // Every row passes here: a row whose name cell holds a name is data, whatever else it holds.
  const nameColumn = columns.find((c) => c.column === 'fullName')?.index;
  const name = filled.find((c) => c.index === nameColumn)?.text;
  if (name && matchHeader(name) !== 'fullName') return false;
  const naming = columns.filter((c) => c.column && matchHeader(cellText(cells[c.index] ?? null)) === c.column);
  if (naming.length >= 2) return true;
  return filled.length >= 2 && filled.every((c) => c.index !== nameColumn && isHeaderWord(c.text));
}

// A date written in words under a birth date column is a person's, not the date of the list.
const BIRTH_COLUMNS = new Set(['birthDate', 'birthDateMale', 'birthDateFemale', 'birthYear']);

/**
 * The place and date of the list or a signer's title ("NGƯỜI LẬP BIỂU", "TM. UBND"), on a row of a
 * few cells whose name column holds no one's name (a person whose occupation is "Giám đốc" is data).
 */
function isFooterStart(filled: Filled[], columns: readonly ColumnMapping[]): boolean {
  if (filled.length > 3) return false;
  const columnOf = (index: number) => columns.find((m) => m.index === index)?.column ?? null;
  const isFooterText = (c: Filled) => {
    const words = normalizeForLookup(c.text);
    return SIGNATURE_WORDS.test(`${words} `) || (DATE_LINE.test(words) && !BIRTH_COLUMNS.has(columnOf(c.index) ?? ''));
  };
  const name = filled.find((c) => columnOf(c.index) === 'fullName');
  return name ? isFooterText(name) : filled.some(isFooterText);
}

/** A label alone on its row (with at most a section number): uppercase, numbered I./A., or a unit's name. */
function isSectionLabel(filled: Filled[], rowNumberColumn: number | undefined): boolean {
  // The section's number: in the STT column, or first on a row of two ("I" | "HUYỆN …").
  const numbered = filled.find(
    (c, i) =>
      filled.length > 1 &&
      (c.index === rowNumberColumn || (i === 0 && filled.length === 2 && SECTION_NUMBER.test(c.text))),
  );
  const labels = filled.filter((c) => c !== numbered);
  if (labels.length !== 1) return false;
  const label = labels[0]?.text ?? '';
  const words = normalizeForLookup(label);
  if (UNIT_WORDS.test(words)) return true;
  // A numbered row with a name only is a person with little known, not a label.
  if (numbered && isInteger(numbered.text)) return false;
  const letters = label.replace(/[^\p{L}]/gu, '');
  return (
    ROMAN_OR_LETTER.test(numbered ? `${numbered.text}.` : label) ||
    label.trim().endsWith(':') ||
    (letters.length > 1 && letters === letters.toUpperCase())
  );
}

export function rowKind(cells: readonly CellValue[], columns: readonly ColumnMapping[]): RowKind {
  const filled = filledCells(cells);
  const rowNumberColumn = columns.find((c) => c.column === 'rowNumber')?.index;
  // Empty but for a number: its STT, or a number where no STT column was found.
  const onlyNumbered = filled.every((c) => c.index === rowNumberColumn && isInteger(c.text));
  if (onlyNumbered || (filled.length === 1 && rowNumberColumn === undefined && isInteger(filled[0]?.text ?? '')))
    return 'blank';
  if (isTotalRow(cells) || isFooterStart(filled, columns)) return 'footer';
  if (isColumnNumbering(filled)) return 'numbering';
  if (repeatsHeader(cells, filled, columns)) return 'header';
  if (isSectionLabel(filled, rowNumberColumn)) return 'section';
  return 'data';
}
