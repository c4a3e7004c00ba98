import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvRowParser } from '../../../src/server/imports/csvRowParser';

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
});
