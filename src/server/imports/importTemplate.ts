import ExcelJS from 'exceljs';
import { IMPORT_COLUMN_DEFINITIONS, TEMPLATE_COLUMNS } from '../../domain/imports/importColumns';

const INSTRUCTIONS = [
  'HƯỚNG DẪN NHẬP DANH SÁCH NGƯỜI VIỆT NAM Ở NƯỚC NGOÀI',
  '',
  '1. Mỗi dòng của trang "Danh sách" là một người; không gộp ô trong phần dữ liệu.',
  '2. Họ và tên là bắt buộc, viết có dấu, theo thứ tự Việt Nam (Nguyễn Văn An).',
  '3. Ngày sinh: dd/mm/yyyy (31/03/1985); chỉ biết tháng/năm: 03/1985; chỉ biết năm: ghi vào cột Năm sinh.',
  '4. Giới tính: Nam, Nữ hoặc Khác.',
  '5. Quốc gia cư trú, Quốc tịch: tên nước bằng tiếng Việt hoặc tiếng Anh (Hoa Kỳ, Mỹ, United States, Nhật Bản…).',
  '6. Quê quán: địa chỉ theo tên tỉnh mới hoặc cũ (xã Đại Hải, huyện Kế Sách, tỉnh Sóc Trăng) đều được.',
  '7. Diện: một hoặc nhiều, cách nhau bằng dấu chấm phẩy: Định cư; Lao động; Du học sinh; Kết hôn với người nước ngoài;',
  '   Con nuôi; Chuyên gia, trí thức; Doanh nhân; Người hồi hương.',
  '8. Số điện thoại: ghi cả mã nước với số ở nước ngoài (+1 408 555 0101); nhiều số cách nhau bằng dấu chấm phẩy.',
  '9. Đồng ý cung cấp thông tin (Luật Bảo vệ dữ liệu cá nhân 2025): Có hoặc Không. "Không" được ghi nhận là từ chối',
  '   mọi mục đích; "Có" chỉ được ghi nhận khi tải lên có ghi bằng chứng (phiếu đồng ý có chữ ký và nơi lưu giữ).',
  '10. Tải tệp lên mục Nhập dữ liệu: hệ thống kiểm tra thử từng dòng trước, chỉ nhập khi bạn xác nhận.',
];

/** The canonical import file: a "Danh sách" sheet with the columns and an example, and the instructions. */
export async function writeImportTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.columns = TEMPLATE_COLUMNS.map((column) => ({
    header: IMPORT_COLUMN_DEFINITIONS[column].vi,
    key: column,
    width: Math.max(12, IMPORT_COLUMN_DEFINITIONS[column].vi.length + 4),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow({
    rowNumber: 1,
    fullName: 'Nguyễn Thị Lan',
    otherNames: 'Linda Nguyen',
    sex: 'Nữ',
    birthDate: '12/05/1980',
    nationality: 'Việt Nam; Hoa Kỳ',
    residenceCountry: 'Hoa Kỳ',
    residenceCity: 'San Jose',
    hometown: 'Phường Ninh Kiều, TP Cần Thơ',
    categories: 'Định cư',
    phone: '+1 408 555 0101',
    relativeName: 'Nguyễn Văn Hai',
    relativeRelationship: 'Cha',
    relativePhone: '0901 234 567',
    consent: 'Có',
  });
  const help = workbook.addWorksheet('Hướng dẫn');
  help.getColumn(1).width = 120;
  INSTRUCTIONS.forEach((line) => help.addRow([line]));
  help.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
