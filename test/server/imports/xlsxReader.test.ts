import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/domain/imports/cellValues';
import { readSpreadsheetRows, type SheetRow } from '../../../src/server/imports/readSpreadsheet';
import { AppError } from '../../../src/server/http/errors';
import { wordDetails } from '../../../src/server/http/validationError';
import { isDateFormat } from '../../../src/server/imports/xlsx/workbookParts';
import { messyWorkbook } from '../../helpers/importFixtures';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cn-xlsx-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

let files = 0;
async function rowsOf(content: Buffer, limit = Infinity): Promise<SheetRow[]> {
  const path = join(dir, `${++files}.xlsx`);
  await writeFile(path, content);
  const rows: SheetRow[] = [];
  for await (const row of readSpreadsheetRows({ kind: 'xlsx', path })) {
    rows.push(row);
    if (rows.length >= limit) break;
  }
  return rows;
}

async function failureOf(content: Buffer): Promise<AppError> {
  const error = await rowsOf(content).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** What exceljs' streaming reader gave for the same file, as the import used to read it. */
async function exceljsRows(content: Buffer): Promise<SheetRow[]> {
  const toValue = (value: unknown): CellValue => {
    if (value === null || value === undefined) return null;
    if (typeof value !== 'object' || value instanceof Date) return value as CellValue;
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
    if (v.richText) return v.richText.map((part) => part.text).join('');
    if ('result' in v) return toValue(v.result);
    if (v.text !== undefined) return toValue(v.text);
    return null;
  };
  const path = join(dir, `${++files}.xlsx`);
  await writeFile(path, content);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: 'cache', styles: 'cache' });
  const rows: SheetRow[] = [];
  for await (const sheet of reader) {
    for await (const row of sheet) {
      const values = [...(row.values as unknown[]).slice(1)].map(toValue);
      while (values.length && values.at(-1) === null) values.pop();
      rows.push({ rowNumber: row.number, cells: values });
    }
    break;
  }
  return rows;
}

/** An xlsx made of the given parts (paths inside the zip → XML), with the usual relationships. */
async function workbookOf(sheets: Record<string, string>, extra: Record<string, string> = {}): Promise<Buffer> {
  const zip = new JSZip();
  const names = Object.keys(sheets);
  zip.file('_rels/.rels', relationships([['rId1', 'officeDocument', 'xl/workbook.xml']]));
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns:r="r"><sheets>${names
      .map(
        (name, i) =>
          `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"${name.startsWith('hidden') ? ' state="hidden"' : ''}/>`,
      )
      .join('')}</sheets></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    relationships([
      ...names.map((_, i) => [`rId${i + 1}`, 'worksheet', `worksheets/sheet${i + 1}.xml`] as [string, string, string]),
      ['rIdS', 'sharedStrings', 'sharedStrings.xml'],
    ]),
  );
  names.forEach((name, i) => zip.file(`xl/worksheets/sheet${i + 1}.xml`, sheets[name]!));
  for (const [path, xml] of Object.entries(extra)) zip.file(path, xml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const relationships = (items: [string, string, string][]) =>
  `<Relationships>${items
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="http://x/relationships/${type}" Target="${target}"/>`)
    .join('')}</Relationships>`;

const sheetXml = (rows: string) => `<?xml version="1.0"?><worksheet><sheetData>${rows}</sheetData></worksheet>`;

describe('the xlsx reader', () => {
  it('reads what exceljs read: titles, merged cells, dates, serials, formulas, rich text', async () => {
    const content = await messyWorkbook();
    expect(await rowsOf(content)).toEqual(await exceljsRows(content));
  });

  it('reads every kind of cell exceljs writes, with the date system of the workbook', async () => {
    for (const isDate1904 of [false, true]) {
      const workbook = new ExcelJS.Workbook();
      workbook.properties.date1904 = isDate1904;
      const sheet = workbook.addWorksheet('DS');
      sheet.addRow(['Họ và tên', 'Ngày sinh', 'Số', 'Có', 'Công thức', 'Liên kết', 'Lỗi']);
      sheet.addRow([
        'Nguyễn Thị Ánh Tuyết',
        new Date(Date.UTC(1961, 3, 30)),
        1234.5,
        true,
        { formula: 'A1&"x"', result: 'Họ và tênx' },
        { text: 'trang', hyperlink: 'https://example.vn' },
        { error: '#N/A' },
      ]);
      sheet.getCell('AA3').value = 'xa';
      sheet.getCell('C4').value = { richText: [{ text: 'Trần ' }, { font: { bold: true }, text: 'Văn' }] };
      sheet.getCell('B5').value = 44927;
      sheet.getCell('B5').numFmt = 'dd/mm/yyyy';
      const content = Buffer.from(await workbook.xlsx.writeBuffer());
      expect(await rowsOf(content)).toEqual(await exceljsRows(content));
    }
  });

  it('keeps a Vietnamese character whole when the inflated text is cut inside it', async () => {
    const name = 'Nguyễn Thị Hồng Nhung ';
    const long = name.repeat(1400); // ~31,000 characters, over several 16 KiB chunks of the inflater
    const content = await workbookOf(
      {
        DS: sheetXml(
          `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>${long}</t></is></c></row>`,
        ),
      },
      { 'xl/sharedStrings.xml': `<sst><si><t>${long}</t></si></sst>` },
    );
    const [row] = await rowsOf(content);
    expect(row!.cells).toEqual([long, long]);
    expect(row!.cells.join('')).not.toContain('\uFFFD');
  });

  it('reads the first visible sheet, entities, inline and rich shared strings, phonetic runs left out', async () => {
    const content = await workbookOf(
      {
        hidden: sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>ẩn</t></is></c></row>'),
        DS: sheetXml(
          '<row r="2"><c r="A2" t="s"><v>0</v></c><c t="s"><v>1</v></c><c r="D2"><v>7</v></c></row>' +
            '<row r="5"><c r="B5" t="str"><v>A &amp; B &#7847;</v></c><c r="C5" t="b"><v>1</v></c><c r="D5" t="e"><v>#DIV/0!</v></c></row>',
        ),
      },
      {
        'xl/sharedStrings.xml':
          '<sst><si><r><t>Lê </t></r><r><t xml:space="preserve">Văn</t></r><rPh><t>レ</t></rPh></si><si><t>dòng 1_x000D_</t></si></sst>',
      },
    );
    expect(await rowsOf(content)).toEqual([
      { rowNumber: 2, cells: ['Lê Văn', 'dòng 1\r', null, 7] },
      { rowNumber: 5, cells: [null, 'A & B ầ', true] },
    ]);
  });

  it('refuses a cell longer than Excel allows, naming it', async () => {
    const content = await workbookOf({
      DS: sheetXml(`<row r="3"><c r="B3" t="inlineStr"><is><t>${'x'.repeat(40_000)}</t></is></c></row>`),
    });
    const error = await failureOf(content);
    expect(error.code).toBe('CELL_TOO_LONG');
    expect(wordDetails(error.details, 'vi')[0]).toMatchObject({
      path: 'B3',
      message: expect.stringContaining('dòng 3, cột B'),
    });
  });

  it('refuses data beyond a thousand columns, naming the cell', async () => {
    const content = await workbookOf({ DS: sheetXml('<row r="1"><c r="ALN1"><v>1</v></c></row>') });
    const error = await failureOf(content);
    expect(error).toMatchObject({ code: 'TOO_MANY_COLUMNS', details: [{ path: 'ALN1' }] });
  });

  it('refuses an entry that inflates far beyond its size, even when its header says otherwise', async () => {
    // 64 MB of XML deflated about a thousandfold, as zip bombs are: the reader stops at 500 times.
    const honest = await workbookOf({ DS: sheetXml('<a/>'.repeat(16_000_000)) });
    expect((await failureOf(honest)).code).toBe('FILE_TOO_EXPANDED');
    expect((await failureOf(lieAboutSizes(honest))).code).toBe('FILE_TOO_EXPANDED');
  });

  it('stops reading when the reader stops (the header search reads a few rows of a large sheet)', async () => {
    const rows = Array.from(
      { length: 20_000 },
      (_, i) => `<row r="${i + 1}"><c t="inlineStr"><is><t>dòng ${i}</t></is></c></row>`,
    );
    expect(await rowsOf(await workbookOf({ DS: sheetXml(rows.join('')) }), 3)).toEqual([
      { rowNumber: 1, cells: ['dòng 0'] },
      { rowNumber: 2, cells: ['dòng 1'] },
      { rowNumber: 3, cells: ['dòng 2'] },
    ]);
  });

  it('refuses entity definitions and a damaged zip as a damaged file', async () => {
    const doctype = await workbookOf({ DS: '<!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet><sheetData/></worksheet>' });
    expect((await failureOf(doctype)).code).toBe('FILE_CORRUPTED');
    const cut = (await workbookOf({ DS: sheetXml('') })).subarray(0, 300);
    expect((await failureOf(cut)).code).toBe('FILE_CORRUPTED');
  });

  it('tells date formats from number formats', () => {
    for (const code of ['dd/mm/yyyy', 'd-mmm-yy', '[$-42A]dd/mm/yyyy', 'mm/yyyy', 'h:mm', '[h]:mm:ss', 'yyyy'])
      expect(isDateFormat(code), code).toBe(true);
    for (const code of ['0.00', '#,##0', '@', 'General', '"ngày"0', '[Red]0.0', '0" năm"'])
      expect(isDateFormat(code), code).toBe(false);
  });
});

/** The same zip with every entry's sizes in the central directory claimed to be tiny. */
function lieAboutSizes(zip: Buffer): Buffer {
  const copy = Buffer.from(zip);
  for (
    let at = copy.indexOf(Buffer.from('PK\x01\x02'));
    at !== -1;
    at = copy.indexOf(Buffer.from('PK\x01\x02'), at + 4)
  ) {
    copy.writeUInt32LE(100, at + 24);
  }
  return copy;
}
