import { defineTexts } from '../text/texts';

/** Field errors of accounts and passwords. */
export const USER_TEXTS = defineTexts({
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
  usernameTaken: { vi: 'Tên đăng nhập đã được dùng', en: 'This username is taken' },
  communeRequired: {
    vi: 'Cán bộ UBND xã, phường cần chọn xã, phường (danh mục 2025) thuộc tỉnh của mình',
    en: 'A commune officer needs a 2025 commune of their province',
  },
  missionRequired: {
    vi: 'Cán bộ cơ quan đại diện cần chọn cơ quan đại diện đang hoạt động',
    en: 'A mission officer needs an active mission abroad',
  },
  provinceRequired: { vi: 'Vai trò này cần chọn tỉnh/thành phố', en: 'This role needs a province' },
  provinceNotAllowed: {
    vi: 'Quản trị cấp Bộ không gắn với tỉnh/thành phố',
    en: 'A national administrator has no province',
  },
});
