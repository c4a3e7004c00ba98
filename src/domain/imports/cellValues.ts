import { PERSON_CATEGORIES, PERSON_CATEGORY_LABELS, type PersonCategory, type Sex } from '../persons/categories';
import { checkPartialDate, parsePartialDate, type PartialDate } from '../persons/partialDate';
import { normalizeForLookup } from '../text/normalizeText';
import { writtenDate } from './writtenDates';

/** A cell as a spreadsheet reader hands it over. */
export type CellValue = string | number | boolean | Date | null;

/** Why a cell's value was refused: keys of VALIDATION_MESSAGES. */
const CELL_PROBLEMS = [
  'dateFormat',
  'dateInvalid',
  'dateInFuture',
  'dateTooOld',
  'sexInvalid',
  'categoryUnknown',
  'consentInvalid',
] as const;
export type CellProblem = (typeof CELL_PROBLEMS)[number];

export function isCellProblem(value: unknown): value is CellProblem {
  return typeof value === 'string' && (CELL_PROBLEMS as readonly string[]).includes(value);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The cell as text, as the user sees it (a date as dd/mm/yyyy). */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date)
    return `${pad(value.getUTCDate())}/${pad(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
  return String(value).trim();
}

// Excel counts days from 30/12/1899 (its serial 60 is a 29/02/1900 that never was).
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function fromDate(date: Date): PartialDate {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * A year typed into a cell formatted as a date: Excel stores 1964 as the 1964th day from 1900
 * (17/05/1905). A whole-day serial that reads as a year up to this one is that year: no one
 * recorded today was born in 1905.
 */
function yearTypedInDateCell(value: Date, today: Date): PartialDate | null {
  const serial = (value.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
  return Number.isInteger(serial) && serial >= 1900 && serial <= today.getUTCFullYear() ? { year: serial } : null;
}

/**
 * A birth date from a cell: a date cell, dd/mm/yyyy (or mm/yyyy, yyyy) text, a date in words or
 * with a two-digit year (see writtenDate), a bare year, or an Excel serial number (a date cell
 * whose format was lost). A number that could be a year is one.
 */
export function parseBirthDate(value: CellValue, today = new Date()): PartialDate | CellProblem | null {
  if (value === null || value === '') return null;
  let date: PartialDate;
  if (value instanceof Date) date = yearTypedInDateCell(value, today) ?? fromDate(value);
  else if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 1) return 'dateFormat';
    date =
      Number.isInteger(value) && value >= 1000 && value <= today.getUTCFullYear() + 1
        ? { year: value }
        : fromDate(new Date(EXCEL_EPOCH_MS + Math.floor(value) * DAY_MS));
  } else {
    const written = String(value).trim();
    const text = (writtenDate(written, today) ?? written).replace(/\s+/g, '');
    if (!text) return null;
    if (/^\d+(\.0+)?$/.test(text)) return parseBirthDate(Number(text), today);
    return parsePartialDate(text, today);
  }
  return checkPartialDate(date, today) ?? date;
}

const SEX_WORDS: Record<string, Sex> = {
  nam: 'male',
  m: 'male',
  male: 'male',
  trai: 'male',
  ong: 'male',
  nu: 'female',
  f: 'female',
  female: 'female',
  gai: 'female',
  ba: 'female',
  khac: 'other',
  other: 'other',
};

export function parseSex(value: CellValue): Sex | CellProblem | null {
  const text = normalizeForLookup(cellText(value));
  if (!text) return null;
  return SEX_WORDS[text] ?? 'sexInvalid';
}

const CATEGORY_WORDS = new Map<string, PersonCategory>([
  ...PERSON_CATEGORIES.flatMap((c): [string, PersonCategory][] => [
    [normalizeForLookup(PERSON_CATEGORY_LABELS[c].vi), c],
    [normalizeForLookup(PERSON_CATEGORY_LABELS[c].en), c],
    [c.replace(/_/g, ' '), c],
  ]),
  ['dinh cu', 'settled'],
  ['lao dong', 'worker'],
  ['xuat khau lao dong', 'worker'],
  ['du hoc', 'student'],
  ['sinh vien', 'student'],
  ['ket hon', 'married_to_foreigner'],
  ['lay chong nuoc ngoai', 'married_to_foreigner'],
  ['chuyen gia', 'expert'],
  ['tri thuc', 'expert'],
  ['hoi huong', 'returnee'],
]);

/** One or more categories, separated by commas, semicolons, slashes or line breaks. */
export function parseCategories(value: CellValue): PersonCategory[] | CellProblem {
  const categories = new Set<PersonCategory>();
  for (const part of splitList(cellText(value))) {
    const category = CATEGORY_WORDS.get(normalizeForLookup(part));
    if (!category) return 'categoryUnknown';
    categories.add(category);
  }
  return [...categories];
}

export function parseConsent(value: CellValue): 'given' | 'refused' | 'unknown' | CellProblem {
  const text = normalizeForLookup(cellText(value));
  if (!text) return 'unknown';
  if (['co', 'x', 'yes', 'y', 'dong y', 'da dong y', 'true'].includes(text)) return 'given';
  if (['khong', 'no', 'n', 'khong dong y', 'false'].includes(text)) return 'refused';
  return 'consentInvalid';
}

/** The items of a cell that holds several (phones, emails, nationalities, fields). */
export function splitList(text: string): string[] {
  return text
    .split(/[;,/\n]|\s-\s/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** A total row at the bottom of a hand-made sheet ("Tổng cộng: 120 người"). */
export function isTotalRow(cells: readonly CellValue[]): boolean {
  return cells.some((cell) => {
    const text = cellText(cell);
    // Every row passes here: only a cell whose first letter is a T can say "Tổng…" or "Total".
    return STARTS_WITH_T.test(text) && TOTAL_WORDS.test(normalizeForLookup(text));
  });
}

const STARTS_WITH_T = /^[^\p{L}\p{N}]*t/iu;
const TOTAL_WORDS = /^(tong cong|tong so|total)\b/;
