import { z } from 'zod';

export type Language = 'vi' | 'en';

/**
 * Our own validation messages, by key. A schema refers to one by using the key as its message
 * (`.refine(check, { message: 'birthDateInFuture' })`); the key is then the issue's code on the wire.
 */
export const VALIDATION_MESSAGES = {
  required: { vi: 'Bắt buộc nhập', en: 'Required' },
  passwordTooShort: { vi: 'Mật khẩu phải có ít nhất 10 ký tự', en: 'Password must be at least 10 characters' },
  passwordContainsUsername: {
    vi: 'Mật khẩu không được chứa tên đăng nhập',
    en: 'Password must not contain the username',
  },
  wrongCurrentPassword: { vi: 'Mật khẩu hiện tại không đúng', en: 'The current password is wrong' },
  passwordUnchanged: { vi: 'Mật khẩu mới phải khác mật khẩu cũ', en: 'The new password must differ from the old one' },
  usernameFormat: {
    vi: 'Tên đăng nhập chỉ gồm chữ thường không dấu, số, dấu chấm, gạch dưới, gạch ngang (3–40 ký tự)',
    en: 'Username: 3–40 lower-case letters, digits, dots, underscores or hyphens',
  },
  provinceRequired: { vi: 'Vai trò này cần chọn tỉnh/thành phố', en: 'This role needs a province' },
  provinceNotAllowed: {
    vi: 'Quản trị cấp Bộ không gắn với tỉnh/thành phố',
    en: 'A national administrator has no province',
  },
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
  duplicateInFile: { vi: 'Trùng với một dòng phía trên của tệp', en: 'Repeats a row above in the file' },
  dateRange: { vi: 'Ngày bắt đầu phải trước ngày kết thúc', en: 'The start date must be before the end date' },
  associationExists: {
    vi: 'Tỉnh này đã có hội mang tên này',
    en: 'This province already has an association of this name',
  },
  associationUnknown: {
    vi: 'Không có hội này trong danh sách hội của tỉnh',
    en: "No such association in the province's list",
  },
  urlInvalid: { vi: 'Địa chỉ trang web không hợp lệ', en: 'Not a valid web address' },
  needUnknown: { vi: 'Không có nhu cầu này', en: 'No such need' },
  agencyExists: { vi: 'Tỉnh này đã có cơ quan mang tên này', en: 'This province already has an agency of this name' },
  coordinatorExists: {
    vi: 'Tỉnh này đã có cơ quan tổng hợp báo cáo (Sở Ngoại vụ)',
    en: 'This province already has its coordinating agency',
  },
  agencyUnknown: { vi: 'Không có cơ quan này trong tỉnh', en: 'No such agency in the province' },
  planExists: {
    vi: 'Tỉnh đã có kế hoạch mang số này trong năm',
    en: 'The province has a plan of this number this year',
  },
  taskUnknown: { vi: 'Không có nhiệm vụ này trong kế hoạch', en: 'No such task in the plan' },
  taskHasReports: {
    vi: 'Không thể bỏ nhiệm vụ đã có cơ quan báo cáo',
    en: 'A task an agency has reported on cannot be removed',
  },
  amountOrInKind: { vi: 'Nhập số tiền hoặc hiện vật ủng hộ', en: 'Give an amount or what was given in kind' },
  referenceUnknown: {
    vi: 'Không tìm thấy hồ sơ được chọn (đã xóa hoặc thuộc địa bàn khác)',
    en: 'The record chosen was not found (deleted, or of another jurisdiction)',
  },
  caseUnknown: { vi: 'Không có vụ việc này trong tỉnh', en: 'No such case in the province' },
  assigneeInvalid: {
    vi: 'Chỉ giao cho cán bộ đang làm việc của tỉnh phụ trách vụ việc',
    en: "Assign only to an active officer of the case's province",
  },
  personUnknown: {
    vi: 'Không tìm thấy hồ sơ kiều bào này (đã xóa hoặc thuộc địa bàn khác)',
    en: 'No such person (deleted, or of another jurisdiction)',
  },
  relativeUnknown: {
    vi: 'Không tìm thấy thân nhân này (đã bị xóa hoặc thuộc địa bàn khác)',
    en: 'No such relative (deleted, or of another jurisdiction)',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type ValidationMessageKey = keyof typeof VALIDATION_MESSAGES;

function isMessageKey(message: string): message is ValidationMessageKey {
  return Object.hasOwn(VALIDATION_MESSAGES, message);
}

// A missing field says "required" rather than zod's "expected string, received undefined".
z.config({
  customError: (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? 'required' : undefined),
});

const zodLocales = { vi: z.locales.vi(), en: z.locales.en() };

export interface IssueLike {
  code: string;
  message: string;
  path: readonly PropertyKey[];
  [key: string]: unknown;
}

/** The issue's code for clients: our message key when the schema used one, else zod's code. */
export function issueCode(issue: { code: string; message: string }): string {
  return isMessageKey(issue.message) ? issue.message : issue.code;
}

/** The issue's message in the requested language. */
export function localizeIssue(issue: IssueLike, language: Language): string {
  if (isMessageKey(issue.message)) return VALIDATION_MESSAGES[issue.message][language];
  const localeError = zodLocales[language].localeError as (issue: unknown) => string | { message: string } | undefined;
  const localized = localeError(issue);
  return typeof localized === 'string' ? localized : (localized?.message ?? issue.message);
}
