import { describe, expect, it } from 'vitest';
import { detectHeader } from '../../../src/domain/imports/detectHeader';
import { rowKind } from '../../../src/domain/imports/nonDataRows';

const header = ['STT', 'Họ và tên', 'Năm sinh', 'Nước định cư', 'Nghề nghiệp'];
const columns = detectHeader([header])!.columns;
const kind = (cells: (string | number | null)[]) => rowKind(cells, columns);

describe('rowKind', () => {
  it.each([
    [['1', 'Nguyễn Văn An', '1970', 'Mỹ', 'Kỹ sư']],
    [['2', 'NGUYỄN THỊ BÍCH', '1980', 'Úc', '']],
    // A person with only a name is data, numbered or not, whatever the family name.
    [['3', 'Đoàn Văn Hùng', '', '', '']],
    [['4', 'Quan Thị Lan', '', '', '']],
    [['', 'Lưu Văn Tám', '', '', '']],
    [['5', 'Trần Văn Hai', 'ngày 5 tháng 3 năm 1960', '', '']],
    [['6', 'Lê Văn Ba', '', '', 'Giám đốc']],
    [['7', 'Tống Văn Minh', '1975', 'Pháp', '']],
  ])('%j is data', (cells) => {
    expect(kind(cells)).toBe('data');
  });

  it.each([[['', '', '', '', '']], [['12', '', '', '', '']], [[null, null]]])('%j is blank', (cells) => {
    expect(kind(cells)).toBe('blank');
  });

  it.each([
    [['HUYỆN PHONG ĐIỀN', '', '', '', '']],
    [['', 'HUYỆN PHONG ĐIỀN', '', '', '']],
    [['I', 'CÁC ĐỊA PHƯƠNG KHÁC', '', '', '']],
    [['II.', 'Quận Ninh Kiều', '', '', '']],
    [['', 'Phường 5', '', '', '']],
    [['A. Xã Tân Lộc', '', '', '', '']],
    [['', 'Kiều bào ở Hoa Kỳ:', '', '', '']],
    [['', 'Huyện Cờ Đỏ', '', '', '']],
  ])('%j is a section label', (cells) => {
    expect(kind(cells)).toBe('section');
  });

  it('knows the header repeated on a new page and the column numbers under it', () => {
    expect(kind(['STT', 'HỌ VÀ TÊN', 'NĂM SINH', 'NƯỚC ĐỊNH CƯ', ''])).toBe('header');
    expect(kind(['(1)', '(2)', '(3)', '(4)', '(5)'])).toBe('numbering');
    expect(kind(['1', '2', '3', '4', '5'])).toBe('numbering');
  });

  it.each([
    [['', 'Tổng cộng: 120 người', '', '', '']],
    [['TỔNG CỘNG', '', '', '', '']],
    [['', 'Cần Thơ, ngày 15 tháng 3 năm 2025', '', '', '']],
    [['', '', '', 'Ninh Kiều, ngày 15 tháng 3 năm 2025', '']],
    [['', 'NGƯỜI LẬP BIỂU', '', 'TM. ỦY BAN NHÂN DÂN', '']],
    [['', '(Ký, ghi rõ họ tên)', '', '', '']],
    [['', 'Nơi nhận:', '', '', '']],
  ])('%j starts the footer', (cells) => {
    expect(kind(cells)).toBe('footer');
  });
});
