import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvRowParser, CsvLimitExceeded, type CsvLimits } from '../../../src/server/imports/csvRowParser';

function readAll(text: string, delimiter = ',', chunkSize = text.length || 1): string[][] {
  const parser = csvRowParser(delimiter);
  const rows: string[][] = [];
  for (let i = 0; i < text.length; i += chunkSize) rows.push(...parser.push(text.slice(i, i + chunkSize)));
  return [...rows, ...parser.end()];
}

const SAMPLES = [
  'a,b,c\r\n1,2,3\r\n',
  'a,b\n1,2',
  'Họ và tên,Ghi chú\r\n"Nguyễn, Văn An","dòng 1\r\ndòng 2"\r\n',
  'x,"say ""hi""",y\n',
  '"",,""\n',
  'a\r\n\r\nb\r\n',
  'one;two;"th;ree"\n',
  'a,b\rc,d\r',
  '"quoted at end"',
  'a,b,\n',
];

describe('csvRowParser', () => {
  it.each(SAMPLES)('reads %j as csv-parse does, however the text is cut into chunks', (text) => {
    const delimiter = text.includes(';') ? ';' : ',';
    const expected = parse(text, { delimiter, relax_column_count: true });
    for (let size = 1; size <= text.length; size++) expect(readAll(text, delimiter, size)).toEqual(expected);
  });

  it('takes a quote inside an unquoted field as a character, as hand-made files have them', () => {
    expect(readAll('Nguyễn Văn "Tí",1970\n')).toEqual([['Nguyễn Văn "Tí"', '1970']]);
  });

  it('reads an empty text as no rows', () => {
    expect(readAll('')).toEqual([]);
  });

  describe('limits, checked while the text streams in', () => {
    const limits: CsvLimits = { fieldChars: 10, rowChars: 30, columns: 4 };
    const failure = (text: string, chunkSize: number) => {
      const parser = csvRowParser(',', limits);
      try {
        for (let i = 0; i < text.length; i += chunkSize) parser.push(text.slice(i, i + chunkSize));
        parser.end();
      } catch (error) {
        return error as CsvLimitExceeded;
      }
      return null;
    };

    it.each([1, 7, 1000])('names the row and column of a field too long (chunks of %i)', (size) => {
      expect(failure('a,b\nc,0123456789x,d\n', size)).toMatchObject({ limit: 'cell', row: 2, column: 1 });
      expect(failure('a,"0123456789\n0123', size)).toMatchObject({ limit: 'cell', row: 1, column: 1 });
    });

    it('refuses a row too long, and data beyond the last column, but drops empty fields beyond it', () => {
      expect(failure('a,b\n' + 'xxxxxxxx,'.repeat(3) + 'xxxxxxxx\n', 5)).toMatchObject({ limit: 'row', row: 2 });
      expect(failure('a,b,c,d,e\n', 3)).toMatchObject({ limit: 'columns', row: 1, column: 4 });
      const parser = csvRowParser(',', limits);
      expect([...parser.push('a,b,c,d,,,,\n'), ...parser.end()]).toEqual([['a', 'b', 'c', 'd']]);
    });

    it('never holds more than a chunk beyond the limit of a line without end', () => {
      const parser = csvRowParser(',', { fieldChars: 32_767, rowChars: 1_000_000, columns: 1000 });
      const chunk = 'x'.repeat(64 * 1024);
      let error: unknown;
      let pushed = 0;
      try {
        for (; pushed < 1000; pushed++) parser.push(chunk);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(CsvLimitExceeded);
      expect(pushed).toBe(0);
    });
  });
});
