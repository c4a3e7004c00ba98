import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { streamExport } from '../../../src/server/exports/streamExport';
import type { ExportColumn } from '../../../src/domain/exports/exportColumn';

const COLUMNS: ExportColumn<{ name: string }>[] = [{ header: 'Họ tên', value: (row) => row.name }];

async function* pagesOf(count: number, size: number) {
  for (let page = 0; page < count; page++)
    yield Array.from({ length: size }, (_, i) => ({ name: `Người ${page}-${i}` }));
}

describe('streamExport', () => {
  it('ends a complete file only after its end was recorded', async () => {
    const ends: [number, boolean][] = [];
    const output = streamExport('csv', COLUMNS, pagesOf(3, 10), async (rows, complete) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      ends.push([rows, complete]);
    });
    let text = '';
    for await (const chunk of output) text += String(chunk);
    expect(ends).toEqual([[30, true]]);
    expect(text.split('\r\n')[0]).toBe('\ufeff"Họ tên"');
  });

  it('records a download closed before its end as incomplete', async () => {
    const ends: [number, boolean][] = [];
    const recorded = new Promise<void>((resolve) => {
      const output = streamExport('csv', COLUMNS, pagesOf(1000, 100), async (rows, complete) => {
        ends.push([rows, complete]);
        resolve();
      });
      output.once('data', () => output.destroy());
    });
    await recorded;
    expect(ends).toHaveLength(1);
    expect(ends[0]?.[1]).toBe(false);
    expect(ends[0]?.[0]).toBeLessThan(100_000);
  });

  const FORMULAS: [string, string][] = [
    ['=1+1', "'=1+1"],
    ['+84 912', "'+84 912"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1+1', "'\t'=1+1"],
    ['\r=1+1', "'\r'=1+1"],
    ['\n-1', "'\n'-1"],
    ['Cần Thơ;=1+1', "Cần Thơ;'=1+1"],
    ['dòng 1\n@lệnh', "dòng 1\n'@lệnh"],
    ['Nguyễn Văn An', 'Nguyễn Văn An'],
    ['1975-04-30', '1975-04-30'],
  ];
  const exported = async (format: 'csv' | 'xlsx') => {
    const pages = (async function* () {
      yield FORMULAS.map(([name]) => ({ name }));
    })();
    const chunks: Uint8Array[] = [];
    for await (const chunk of streamExport(format, COLUMNS, pages, async () => {})) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks);
  };

  it('quotes every csv field and neutralises formulas at the start and after a separator', async () => {
    const text = (await exported('csv')).toString('utf8');
    expect(text.startsWith('\ufeff"Họ tên"\r\n"')).toBe(true);
    const cells = parse(text.slice(1), { relax_column_count: true })
      .slice(1)
      .map((row: string[]) => row[0]);
    expect(cells).toEqual(FORMULAS.map(([, shown]) => shown));
  });

  it('neutralises the same formulas in xlsx, as text cells', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exported('xlsx')) as unknown as ArrayBuffer);
    const cells = workbook.worksheets[0]!.getColumn(1).values.slice(2);
    // The xlsx format keeps a carriage return as a line break.
    expect(cells).toEqual(FORMULAS.map(([, shown]) => shown.replace(/\r/g, '\n')));
  });
});
