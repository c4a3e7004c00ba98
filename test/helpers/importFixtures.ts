import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

/** Rows as a province types them: title rows, Vietnamese headers, a blank row and a total at the end. */
export const MESSY_ROWS = [
  ['UBND THÀNH PHỐ CẦN THƠ', '', '', '', '', ''],
  ['DANH SÁCH KIỀU BÀO CÓ THÂN NHÂN TẠI ĐỊA PHƯƠNG', '', '', '', '', ''],
  ['', '', '', '', '', ''],
  ['STT', 'HỌ VÀ TÊN KIỀU BÀO', 'Giới tính', 'Ngày sinh', 'Nước định cư', 'SĐT'],
  ['1', 'Nguyễn Văn An', 'Nam', '12/05/1970', 'Hoa Kỳ', '+1 408 555 0101'],
  ['2', 'Trần Thị Bích', 'Nữ', '1985', 'Nhật Bản', ''],
  ['', '', '', '', '', ''],
  ['3', 'Lê Hoàng Nam', 'X', '31/02/1980', 'Atlantis', 'abc'],
  ['4', 'Phạm Thị Hồng Nhung', 'F', '03/1990', 'Úc', '0901 234 567'],
  ['', 'Tổng cộng: 4 người', '', '', '', ''],
];

export function csvOf(rows: string[][], delimiter = ','): string {
  const quote = (cell: string) => (/[",;\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return rows.map((row) => row.map(quote).join(delimiter)).join('\r\n') + '\r\n';
}

/** Windows-1258 keeps tone marks as separate characters after the (possibly hatted) vowel. */
export function encodeWindows1258(text: string): Buffer {
  const tones = /[\u0300\u0301\u0303\u0309\u0323]/;
  const decomposed = [...text.normalize('NFD')];
  let out = '';
  let pendingTone = '';
  for (const ch of decomposed) {
    if (tones.test(ch)) pendingTone += ch;
    // Hats and horns (â ê ô ơ ư ă) are letters of their own in 1258: compose them with their vowel only.
    else if (/\p{M}/u.test(ch)) out = out.slice(0, -1) + (out.slice(-1) + ch).normalize('NFC');
    else {
      out += pendingTone + ch;
      pendingTone = '';
    }
  }
  return iconv.encode(out + pendingTone, 'windows1258');
}

/**
 * An xlsx as offices make it: a merged title, a group header merged over relatives' columns with
 * sub-headers below, a date cell, an Excel serial number, a year, a formula and rich text.
 */
export async function messyWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('DS');
  sheet.addRow(['DANH SÁCH KIỀU BÀO']);
  sheet.mergeCells('A1:G1');
  sheet.addRow([]);
  sheet.addRow(['STT', 'Họ và tên', 'Ngày sinh', 'Quốc gia cư trú', 'Thông tin thân nhân', '', '']);
  sheet.mergeCells('E3:G3');
  sheet.addRow(['', '', '', '', 'Họ tên', 'Quan hệ', 'SĐT']);
  sheet.addRow([1, 'Võ Thị Mai', new Date(Date.UTC(1975, 3, 30)), 'Pháp', 'Võ Văn Tám', 'Cha', '0912345678']);
  sheet.getCell('C5').numFmt = 'dd/mm/yyyy';
  sheet.addRow([2, { richText: [{ text: 'Đặng ' }, { text: 'Văn Long' }] }, 31137, 'Đức', '', '', '']);
  sheet.addRow([{ formula: '2+1', result: 3 }, 'Bùi Thị Thu', 1992, 'Canada', '', '', '']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * A list laid out as a province office makes it: letterhead, merged title, a header of two rows
 * with "Ngày sinh" over Nam | Nữ (headers merged down), section labels, the column numbers, the
 * header repeated for a new page, a hometown merged down over a family, the total and the
 * signatures. Three persons in it.
 */
export async function provinceWorkbook(tag: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('DS');
  sheet.addRow(['UBND THÀNH PHỐ CẦN THƠ', '', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
  sheet.addRow(['SỞ NGOẠI VỤ', '', '', 'Độc lập - Tự do - Hạnh phúc']);
  sheet.addRow(['DANH SÁCH KIỀU BÀO CÓ THÂN NHÂN TẠI ĐỊA PHƯƠNG']);
  sheet.mergeCells('A3:F3');
  const header = ['STT', 'Họ và tên', 'Ngày sinh', '', 'Quê quán', 'Nơi cư trú hiện nay'];
  sheet.addRow(header);
  sheet.addRow(['', '', 'Nam', 'Nữ', '', '']);
  for (const column of ['A', 'B', 'E', 'F']) sheet.mergeCells(`${column}4:${column}5`);
  sheet.mergeCells('C4:D4');
  sheet.addRow(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)']);
  sheet.addRow(['I', 'QUẬN NINH KIỀU']);
  sheet.addRow([1, `Trần Văn Hùng ${tag}`, '14/02/77', '', 'Phường An Hòa, Ninh Kiều', 'Wien, Cộng hòa Áo']);
  sheet.addRow([2, `Trần Thị Mai ${tag}`, '', 'ngày 5 tháng 3 năm 1980', '', 'Paris (Pháp)']);
  sheet.mergeCells('E8:E9');
  sheet.addRow(header);
  sheet.addRow(['II', 'CÁC ĐỊA PHƯƠNG KHÁC']);
  sheet.addRow([3, `Lê Thị Thu ${tag}`, '', 'khoảng 1965', 'Hậu Giang', 'Úc']);
  sheet.addRow([4]);
  sheet.addRow(['', 'Tổng cộng: 3 người']);
  sheet.addRow(['', 'Cần Thơ, ngày 10 tháng 11 năm 2026']);
  sheet.addRow(['', 'NGƯỜI LẬP BIỂU', '', '', 'GIÁM ĐỐC']);
  sheet.addRow(['', 'Nguyễn Thị Lập', '', '', 'Phạm Văn Ký']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
