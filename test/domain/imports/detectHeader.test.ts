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
    // Abbreviations, case variants and decomposed text of known headers.
    ['SỐ ĐT', 'phone'],
    ['Số ĐT liên hệ', 'phone'],
    ['ĐTDĐ', 'phone'],
    ['Điện thoại'.normalize('NFD'), 'phone'],
    ['Số điện thoại liên hệ (Zalo)', 'phone'],
    ['QUÊ QUÁN', 'hometown'],
    ['Nơi cư trú hiện nay', 'residence'],
    ['Địa chỉ hiện nay', 'residence'],
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
  it('reads Nam | Nữ under a birth date group as the date written under the sex, and under a sex group as marks', () => {
    expect(matchHeader('Nam', 'Ngày sinh')).toBe('birthDateMale');
    expect(matchHeader('Nữ', 'Ngày, tháng, năm sinh')).toBe('birthDateFemale');
    expect(matchHeader('Nữ', 'Năm sinh')).toBe('birthDateFemale');
    expect(matchHeader('Nam', 'Giới tính')).toBe('sexMale');
    expect(matchHeader('NỮ', 'Giới tính')).toBe('sexFemale');
    // "Năm" (year) is not "Nam" (male).
    expect(matchHeader('Năm', 'Ngày sinh')).toBeNull();
  });

  it('maps a two-row header with a birth date group over Nam | Nữ', () => {
    const detected = detectHeader([
      ['STT', 'Họ và tên', 'Ngày tháng năm sinh', '', 'Quê quán'],
      ['', '', 'Nam', 'Nữ', ''],
    ]);
    expect(detected?.columns.map((c) => c.column)).toEqual([
      'rowNumber',
      'fullName',
      'birthDateMale',
      'birthDateFemale',
      'hometown',
    ]);
  });

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

  it('reports columns that mean the same single value', () => {
    const header = detectHeader([['Họ và tên', 'Ngày sinh', 'Sinh ngày']]);
    const duplicates = duplicateColumns(header?.columns ?? []);
    expect(duplicates.map((group) => group.map((c) => `${c.letter}:${c.header}`))).toEqual([
      ['B:Ngày sinh', 'C:Sinh ngày'],
    ]);
  });

  it('lets columns that hold lists repeat: two phone columns add up', () => {
    const header = detectHeader([['Họ và tên', 'Điện thoại 1', 'Điện thoại 2', 'Email']]);
    expect(header?.columns.map((c) => c.column)).toEqual(['fullName', 'phone', 'phone', 'email']);
    expect(duplicateColumns(header?.columns ?? [])).toEqual([]);
  });
});

describe('columnLetter', () => {
  it('names columns as spreadsheets do', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});
