import { describe, expect, it } from 'vitest';
import { columnLetter, detectHeader, duplicateColumns, matchHeader } from '../../../src/domain/imports/detectHeader';

describe('matchHeader', () => {
  it.each([
    ['Họ và tên', 'fullName'],
    ['HỌ VÀ TÊN KIỀU BÀO', 'fullName'],
    ['Họ tên', 'fullName'],
    ['Full name', 'fullName'],
    ['Ngày sinh (dd/mm/yyyy)', 'birthDate'],
    ['Năm sinh', 'birthYear'],
    ['Giới tính', 'sex'],
    ['Quốc gia cư trú', 'residenceCountry'],
    ['Nước định cư', 'residenceCountry'],
    ['Quê quán', 'hometown'],
    ['SĐT', 'phone'],
    ['Số điện thoại', 'phone'],
    ['Địa chỉ thân nhân', 'relativeAddress'],
    ['SĐT thân nhân', 'relativePhone'],
    ['Địa chỉ', 'addressAbroad'],
    ['STT', 'rowNumber'],
  ])('%s → %s', (header, column) => {
    expect(matchHeader(header)).toBe(column);
  });

  it('knows nothing of unknown headers', () => {
    expect(matchHeader('Màu mắt')).toBeNull();
    expect(matchHeader('')).toBeNull();
  });

  it('reads a person column under a relatives group as the relative one', () => {
    expect(matchHeader('Họ tên', 'Thông tin thân nhân')).toBe('relativeName');
    expect(matchHeader('SĐT', 'Thân nhân ở Việt Nam')).toBe('relativePhone');
  });
});

describe('detectHeader', () => {
  it('skips title rows above the header', () => {
    const rows = [
      ['UBND THÀNH PHỐ CẦN THƠ', '', ''],
      ['DANH SÁCH KIỀU BÀO', '', ''],
      [],
      ['STT', 'Họ và tên', 'Năm sinh', 'Nước định cư'],
      ['1', 'Nguyễn Văn An', '1980', 'Mỹ'],
    ];
    const header = detectHeader(rows);
    expect(header?.headerRowIndex).toBe(3);
    expect(header?.columns.map((c) => c.column)).toEqual(['rowNumber', 'fullName', 'birthYear', 'residenceCountry']);
  });

  it('combines a group row with the sub-headers below it', () => {
    const rows = [
      ['STT', 'Họ và tên', 'Quốc gia', 'Thông tin thân nhân', '', ''],
      ['', '', '', 'Họ tên', 'Quan hệ', 'SĐT'],
      ['1', 'Lê Thị Hoa', 'Úc', 'Lê Văn Bình', 'Cha', '0901234567'],
    ];
    const header = detectHeader(rows);
    expect(header?.headerRowIndex).toBe(1);
    expect(header?.columns.map((c) => c.column)).toEqual([
      'rowNumber',
      'fullName',
      'residenceCountry',
      'relativeName',
      'relativeRelationship',
      'relativePhone',
    ]);
  });

  it('finds nothing without a name column', () => {
    expect(
      detectHeader([
        ['Ngày sinh', 'Giới tính'],
        ['1/1/1980', 'Nam'],
      ]),
    ).toBeNull();
  });

  it('reports columns that mean the same', () => {
    const header = detectHeader([['Họ và tên', 'SĐT', 'Điện thoại']]);
    const duplicates = duplicateColumns(header?.columns ?? []);
    expect(duplicates.map((group) => group.map((c) => `${c.letter}:${c.header}`))).toEqual([['B:SĐT', 'C:Điện thoại']]);
  });
});

describe('columnLetter', () => {
  it('names columns as spreadsheets do', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});
