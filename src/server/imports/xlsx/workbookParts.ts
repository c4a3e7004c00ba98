import { posix } from 'node:path';
import { AppError } from '../../http/errors';
import { READ_LIMITS } from '../readLimits';
import { readXml } from './xmlText';
import { attributesOf, XmlTokenTooLong, type XmlHandler } from './xmlTokenizer';
import type { ZipEntry } from './zipEntries';

/** What reading the first sheet needs from the rest of the workbook. */
export interface WorkbookParts {
  sheet: ZipEntry;
  /** Dates count from 1904 (old Mac workbooks) instead of 1900. */
  isDate1904: boolean;
  sharedStrings: string[];
  /** By style index (a cell's `s`): whether its number format shows a date. */
  isDateStyle: boolean[];
}

const corrupted = () => new AppError(400, 'FILE_CORRUPTED');

/** A handler of only the opening tags, for the parts that say everything in attributes. */
const onOpen = (open: (name: string, attributes: Record<string, string>) => void): XmlHandler => ({
  open: (name, raw) => open(name, attributesOf(raw)),
  close: () => {},
  text: () => {},
});

type Relationship = { type: string; target: string };

/** The relationships of a part (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`), targets resolved. */
async function relationshipsOf(file: string, entries: Map<string, ZipEntry>, part: string) {
  const relationships = new Map<string, Relationship>();
  const entry = entries.get(posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`));
  if (!entry) return relationships;
  await readXml(
    file,
    entry,
    onOpen((name, a) => {
      if (name !== 'Relationship' || !a.Id || !a.Target) return;
      const target = a.Target.startsWith('/')
        ? a.Target.slice(1)
        : posix.normalize(posix.join(posix.dirname(part), a.Target));
      relationships.set(a.Id, { type: a.Type ?? '', target });
    }),
  );
  return relationships;
}

const byType = (relationships: Map<string, Relationship>, type: string) =>
  [...relationships.values()].find((r) => r.type.endsWith(`/${type}`))?.target;

/** The first sheet a user sees (hidden ones skipped), and the date system. */
async function readWorkbook(file: string, entries: Map<string, ZipEntry>, workbookPath: string) {
  const workbook = entries.get(workbookPath);
  if (!workbook) throw corrupted();
  const sheets: { id: string; isHidden: boolean }[] = [];
  let isDate1904 = false;
  await readXml(
    file,
    workbook,
    onOpen((name, a) => {
      if (name === 'workbookPr') isDate1904 = a.date1904 === '1' || a.date1904 === 'true';
      if (name === 'sheet' && a.id) sheets.push({ id: a.id, isHidden: !!a.state && a.state !== 'visible' });
    }),
  );
  return { sheets: [...sheets.filter((s) => !s.isHidden), ...sheets.filter((s) => s.isHidden)], isDate1904 };
}

// Excel's built-in number formats that show dates or times.
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** A custom format shows a date when a day, month, year or time code is left once literals are taken out. */
export function isDateFormat(code: string): boolean {
  const codes = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '')
    .split(';')[0]!;
  return /[dmyhs]/i.test(codes) && !/^general$/i.test(codes.trim());
}

async function readStyles(file: string, entry: ZipEntry | undefined): Promise<boolean[]> {
  if (!entry) return [];
  const customFormats = new Map<number, string>();
  const styleFormats: number[] = [];
  let inCellXfs = false;
  await readXml(file, entry, {
    open(name, raw) {
      if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'numFmt') {
        const a = attributesOf(raw);
        customFormats.set(Number(a.numFmtId), a.formatCode ?? '');
      } else if (name === 'xf' && inCellXfs) styleFormats.push(Number(attributesOf(raw).numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  });
  return styleFormats.map((id) => {
    const custom = customFormats.get(id);
    return custom === undefined ? BUILT_IN_DATE_FORMATS.has(id) : isDateFormat(custom);
  });
}

/** OOXML writes characters XML cannot hold as `_xHHHH_` (a line break in a cell: `_x000D_`). */
export const unescapeOoxml = (text: string) =>
  text.includes('_x')
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;

/** The distinct texts of the workbook, in order: a cell of type `s` names one by its index. */
async function readSharedStrings(file: string, entry: ZipEntry | undefined): Promise<string[]> {
  if (!entry) return [];
  const strings: string[] = [];
  let total = 0;
  let parts: string[] | null = null;
  let length = 0;
  let inText = false;
  let inPhonetic = false;
  const tooLong = (error: unknown) => {
    throw error instanceof XmlTokenTooLong ? new AppError(400, 'CELL_TOO_LONG') : error;
  };
  await readXml(file, entry, {
    open(name) {
      if (name === 'si') [parts, length] = [[], 0];
      else if (name === 't' && !inPhonetic) inText = true;
      else if (name === 'rPh') inPhonetic = true;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si' && parts) {
        strings.push(unescapeOoxml(parts.join('')));
        parts = null;
      }
    },
    text(text) {
      if (!inText || !parts) return;
      length += text.length;
      total += text.length;
      if (length > READ_LIMITS.cellChars) throw new AppError(400, 'CELL_TOO_LONG');
      if (total > READ_LIMITS.sharedStringChars) throw new AppError(400, 'FILE_TOO_EXPANDED');
      parts.push(text);
    },
  }).catch(tooLong);
  return strings;
}

/** Finds the first sheet and reads what its cells refer to: shared strings, date styles, date system. */
export async function readWorkbookParts(file: string, entries: Map<string, ZipEntry>): Promise<WorkbookParts> {
  const root = await relationshipsOf(file, entries, '');
  const workbookPath = byType(root, 'officeDocument') ?? 'xl/workbook.xml';
  const { sheets, isDate1904 } = await readWorkbook(file, entries, workbookPath);
  const relationships = await relationshipsOf(file, entries, workbookPath);
  const sheetPath = sheets
    .map((s) => relationships.get(s.id))
    .find((r) => r?.type.endsWith('/worksheet') && entries.has(r.target))?.target;
  const sheet = entries.get(sheetPath ?? '');
  if (!sheet) throw corrupted();
  const target = (type: string, fallback: string) => entries.get(byType(relationships, type) ?? fallback);
  return {
    sheet,
    isDate1904,
    sharedStrings: await readSharedStrings(file, target('sharedStrings', 'xl/sharedStrings.xml')),
    isDateStyle: await readStyles(file, target('styles', 'xl/styles.xml')),
  };
}
