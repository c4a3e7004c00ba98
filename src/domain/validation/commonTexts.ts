import { defineTexts } from '../text/texts';

/** Field errors every feature uses: required, dates, phones, addresses, references. */
export const COMMON_TEXTS = defineTexts({
  required: { vi: 'Bắt buộc nhập', en: 'Required' },
  unknownProvince: { vi: 'Không có tỉnh/thành phố này', en: 'Unknown province' },
  unknownCountry: { vi: 'Không có quốc gia này', en: 'Unknown country' },
  dateFormat: {
    vi: 'Ngày không đúng dạng (dd/mm/yyyy, mm/yyyy hoặc yyyy)',
    en: 'Date not in a known form (dd/mm/yyyy, mm/yyyy or yyyy)',
  },
  dateInvalid: { vi: 'Ngày không tồn tại', en: 'No such date' },
  dateInFuture: { vi: 'Ngày không được ở tương lai', en: 'The date is in the future' },
  dateTooOld: { vi: 'Năm phải từ 1900 trở đi', en: 'The year must be 1900 or later' },
  phoneInvalid: { vi: 'Số điện thoại không hợp lệ', en: 'Not a valid phone number' },
  emailInvalid: { vi: 'Địa chỉ email không hợp lệ', en: 'Not a valid email address' },
  nulCharacter: {
    vi: 'Có ký tự không hợp lệ (NUL, mã 0)',
    en: 'Contains an invalid character (NUL, code 0)',
  },
  versionConflict: {
    vi: 'Hồ sơ đã được người khác sửa, vui lòng tải lại',
    en: 'Someone else changed this record; reload it',
  },
  cursorInvalid: { vi: 'Trang tiếp theo không hợp lệ, vui lòng tìm lại', en: 'Invalid page cursor; search again' },
  dateRange: { vi: 'Ngày bắt đầu phải trước ngày kết thúc', en: 'The start date must be before the end date' },
  urlInvalid: { vi: 'Địa chỉ trang web không hợp lệ', en: 'Not a valid web address' },
  referenceUnknown: {
    vi: 'Không tìm thấy hồ sơ được chọn (đã xóa hoặc thuộc địa bàn khác)',
    en: 'The record chosen was not found (deleted, or of another jurisdiction)',
  },
});
