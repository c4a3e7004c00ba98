import { defineTexts } from '../text/texts';

/** The codes of errors on the wire, with their messages in Vietnamese and English. */
export const ERROR_MESSAGES = defineTexts({
  VALIDATION_FAILED: { vi: 'Dữ liệu không hợp lệ', en: 'The data is not valid' },
  UNAUTHENTICATED: { vi: 'Vui lòng đăng nhập', en: 'Please sign in' },
  INVALID_CREDENTIALS: { vi: 'Sai tên đăng nhập hoặc mật khẩu', en: 'Wrong username or password' },
  ACCOUNT_LOCKED: {
    vi: 'Tài khoản tạm khóa do đăng nhập sai nhiều lần, vui lòng thử lại sau',
    en: 'Account temporarily locked after repeated failed sign-ins; try again later',
  },
  ACCOUNT_DISABLED: { vi: 'Tài khoản đã bị vô hiệu hóa', en: 'This account is disabled' },
  PASSWORD_CHANGE_REQUIRED: { vi: 'Vui lòng đổi mật khẩu trước khi tiếp tục', en: 'Change your password to continue' },
  CSRF_FAILED: {
    vi: 'Phiên làm việc không hợp lệ, vui lòng tải lại trang',
    en: 'Invalid session token; reload the page',
  },
  FORBIDDEN: { vi: 'Bạn không có quyền thực hiện thao tác này', en: 'You are not allowed to do this' },
  OUTSIDE_JURISDICTION: {
    vi: 'Dữ liệu này thuộc địa bàn khác, bạn không có quyền truy cập',
    en: 'This data belongs to another jurisdiction',
  },
  NOT_FOUND: { vi: 'Không tìm thấy', en: 'Not found' },
  CONFLICT: { vi: 'Dữ liệu đã bị thay đổi hoặc đã tồn tại', en: 'The data changed meanwhile or already exists' },
  RATE_LIMITED: { vi: 'Quá nhiều yêu cầu, vui lòng thử lại sau', en: 'Too many requests; try again later' },
  BAD_REQUEST: { vi: 'Yêu cầu không hợp lệ', en: 'Bad request' },
  FILE_EMPTY: { vi: 'Tệp rỗng', en: 'The file is empty' },
  FILE_TOO_LARGE: { vi: 'Tệp lớn hơn 200 MB', en: 'The file is larger than 200 MB' },
  FILE_TYPE_UNSUPPORTED: {
    vi: 'Chỉ nhận tệp Excel (.xlsx) hoặc CSV; tệp .xls cũ cần lưu lại dạng .xlsx',
    en: 'Only Excel (.xlsx) or CSV files; save an old .xls file as .xlsx',
  },
  FILE_IS_PDF: {
    vi: 'Tệp này không phải bảng tính mà là tệp PDF: xin gửi bản Excel (.xlsx) hoặc CSV của danh sách',
    en: 'This is not a spreadsheet, it is a PDF: ask for the Excel (.xlsx) or CSV version of the list',
  },
  FILE_IS_IMAGE: {
    vi: 'Tệp này không phải bảng tính mà là ảnh: xin gửi bản Excel (.xlsx) hoặc CSV của danh sách',
    en: 'This is not a spreadsheet, it is an image: ask for the Excel (.xlsx) or CSV version of the list',
  },
  FILE_IS_HTML: {
    vi: 'Tệp này không phải bảng tính mà là trang web (HTML), dù mang tên .xls: mở bằng Excel rồi lưu lại dạng .xlsx',
    en: 'This is not a spreadsheet, it is a web page (HTML) under an .xls name: open it in Excel and save it as .xlsx',
  },
  FILE_IS_WORD: {
    vi: 'Tệp này không phải bảng tính mà là văn bản Word: xin gửi bản Excel (.xlsx) hoặc CSV của danh sách',
    en: 'This is not a spreadsheet, it is a Word document: ask for the Excel (.xlsx) or CSV version of the list',
  },
  FILE_IS_OPENDOCUMENT: {
    vi: 'Tệp này là tệp OpenDocument (.ods/.odt): mở bằng LibreOffice hoặc Excel rồi lưu lại dạng .xlsx',
    en: 'This is an OpenDocument file (.ods/.odt): open it in LibreOffice or Excel and save it as .xlsx',
  },
  FILE_IS_ARCHIVE: {
    vi: 'Tệp này không phải bảng tính mà là tệp nén (zip): giải nén rồi tải lên tệp Excel bên trong',
    en: 'This is not a spreadsheet, it is a zip archive: unpack it and upload the Excel file inside',
  },
  FILE_CORRUPTED: { vi: 'Tệp Excel bị hỏng, không đọc được', en: 'The Excel file is damaged and cannot be read' },
  HEADER_NOT_FOUND: {
    vi: 'Không tìm thấy dòng tiêu đề có cột Họ và tên trong 30 dòng đầu',
    en: 'No header row with a full-name column in the first 30 rows',
  },
  CELL_TOO_LONG: {
    vi: 'Một ô của tệp dài quá 32.767 ký tự (giới hạn của Excel)',
    en: 'A cell of the file is longer than 32,767 characters (the Excel limit)',
  },
  ROW_TOO_LONG: {
    vi: 'Một dòng của tệp dài quá 1.000.000 ký tự',
    en: 'A row of the file is longer than 1,000,000 characters',
  },
  TOO_MANY_COLUMNS: { vi: 'Tệp có dữ liệu ở quá 1.000 cột', en: 'The file has data in more than 1,000 columns' },
  CELL_INVALID_CHARACTER: {
    vi: 'Một ô của tệp có ký tự NUL (mã 0), không phải văn bản',
    en: 'A cell of the file holds a NUL character (code 0), which is not text',
  },
  FILE_TOO_EXPANDED: {
    vi: 'Tệp Excel giải nén ra quá lớn (có thể là tệp độc hại), không đọc được',
    en: 'The Excel file expands to too much data (possibly malicious) and cannot be read',
  },
  BODY_TOO_LARGE: { vi: 'Dữ liệu gửi lên quá lớn', en: 'The request body is too large' },
  BODY_TOO_DEEP: {
    vi: 'Dữ liệu gửi lên lồng nhau quá sâu (quá 32 cấp)',
    en: 'The request body nests too deep (more than 32 levels)',
  },
  DUPLICATE_COLUMNS: { vi: 'Có nhiều cột cùng một nội dung', en: 'Several columns mean the same' },
  NO_DATA_ROWS: { vi: 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề', en: 'No data rows below the header' },
  ALREADY_IMPORTED: { vi: 'Tệp này đã được nhập trước đây', en: 'This file was imported before' },
  PAIR_DECIDED: {
    vi: 'Cặp hồ sơ này đã được quyết định; tải lại để xem',
    en: 'This pair has already been decided; reload it',
  },
  PAIR_MERGED: {
    vi: 'Cặp hồ sơ này đã được gộp; hãy hoàn tác việc gộp trước',
    en: 'This pair is merged; undo the merge first',
  },
  CHANGED_SINCE_MERGE: {
    vi: 'Hồ sơ đã được sửa sau khi gộp nên không thể hoàn tác',
    en: 'The record was changed after the merge, so the merge cannot be undone',
  },
  CHECK_RUNNING: { vi: 'Đang kiểm tra trùng lặp toàn bộ dữ liệu', en: 'A whole-registry duplicate check is running' },
  ATTACHMENT_TOO_LARGE: { vi: 'Tệp đính kèm lớn hơn 20 MB', en: 'The attachment is larger than 20 MB' },
  ILLEGAL_TRANSITION: {
    vi: 'Không thể chuyển vụ việc sang trạng thái này',
    en: 'The case cannot take this step',
  },
  NOT_ASSIGNED: {
    vi: 'Cơ quan của bạn không được giao nhiệm vụ này',
    en: 'Your agency is not assigned this task',
  },
  REPORT_LOCKED: {
    vi: 'Báo cáo đã gửi hoặc đã được chấp nhận, không sửa được nữa',
    en: 'The report was submitted or accepted and can no longer be changed',
  },
  APPROVED_LOCKED: {
    vi: 'Báo cáo đã được cấp trên phê duyệt và khóa; chỉ sửa được khi cấp trên hủy phê duyệt',
    en: 'The report was approved and locked above; it can change only once un-approved',
  },
  RESPONSE_NOT_WITH_PROVINCE: {
    vi: 'Báo cáo đã gửi cấp trên; chỉ sửa được khi bị trả lại',
    en: 'The report has been sent upward; it can change only once returned',
  },
  RESPONSE_STEP_NOT_ALLOWED: {
    vi: 'Không thể thực hiện bước này với báo cáo ở trạng thái hiện tại',
    en: 'The report cannot take this step in its present state',
  },
  CONSENT_REQUIRED: {
    vi: 'Người này chưa đồng ý cho mục đích này: ghi nhận sự đồng ý trước',
    en: 'This person has not agreed to this purpose: record their consent first',
  },
  REFERRAL_STEP_NOT_ALLOWED: {
    vi: 'Không thể thực hiện bước này với phiếu chuyển tuyến ở trạng thái hiện tại',
    en: 'The referral cannot take this step in its present state',
  },
  REPORT_NOT_SUBMITTED: { vi: 'Báo cáo chưa được gửi để duyệt', en: 'The report has not been submitted for review' },
  DATABASE_UNAVAILABLE: {
    vi: 'Cơ sở dữ liệu tạm thời không truy cập được, vui lòng thử lại sau ít phút',
    en: 'The database is unavailable for the moment; try again in a few minutes',
  },
  INTERNAL_ERROR: { vi: 'Lỗi hệ thống, vui lòng thử lại sau', en: 'Internal error; try again later' },
});

export type ErrorCode = keyof typeof ERROR_MESSAGES;
