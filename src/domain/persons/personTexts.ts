import { defineTexts } from '../text/texts';

/** Field errors of persons (kiều bào) and their relatives (thân nhân). */
export const PERSON_TEXTS = defineTexts({
  sexInvalid: { vi: 'Giới tính phải là Nam, Nữ hoặc Khác', en: 'Sex must be male, female or other' },
  categoryUnknown: {
    vi: 'Không có diện này (định cư, lao động, du học sinh, kết hôn, con nuôi, chuyên gia, doanh nhân, hồi hương)',
    en: 'Unknown category (settled, worker, student, married, adopted, expert, business, returnee)',
  },
  consentInvalid: { vi: 'Đồng ý phải là Có hoặc Không', en: 'Consent must be yes or no' },
  possibleDuplicate: {
    vi: 'Có thể trùng với hồ sơ đã có (cùng họ tên và năm sinh)',
    en: 'May duplicate an existing record (same name and birth year)',
  },
  phoneIgnored: {
    vi: 'Không đọc được số điện thoại này: hồ sơ vẫn được nhập, không có số này',
    en: 'Not a phone number: the person is imported without it',
  },
  rowNotMatched: {
    vi: 'Dòng này không được đối chiếu với hồ sơ nào đã có',
    en: 'This row was not matched to an existing record',
  },
  nameNoLetters: { vi: 'Họ tên không có chữ cái nào', en: 'The name has no letters' },
  columnIgnored: {
    vi: 'Cột này không được hiểu nên không được nhập: chọn cột tương ứng ở bước 1 nếu cần',
    en: 'This column was not understood and is not imported: map it in step 1 if needed',
  },
  communeUnknown: {
    vi: 'Không có xã/phường này trong danh mục 2025, hoặc không thuộc tỉnh của quê quán',
    en: 'No such 2025 commune, or not in the hometown province',
  },
  outsideCommune: {
    vi: 'Quê quán không thuộc xã, phường của anh/chị: cán bộ xã chỉ ghi hồ sơ người của xã mình',
    en: 'The hometown is not in your commune: a commune officer records only their commune’s people',
  },
  duplicateInFile: { vi: 'Trùng với một dòng phía trên của tệp', en: 'Repeats a row above in the file' },
  personUnknown: {
    vi: 'Không tìm thấy hồ sơ kiều bào này (đã xóa hoặc thuộc địa bàn khác)',
    en: 'No such person (deleted, or of another jurisdiction)',
  },
  relativeUnknown: {
    vi: 'Không tìm thấy thân nhân này (đã bị xóa hoặc thuộc địa bàn khác)',
    en: 'No such relative (deleted, or of another jurisdiction)',
  },
});
