import { defineTexts } from '../../domain/text/texts';

/** Signing in and changing the password. */
export const authMessages = defineTexts({
  username: { vi: 'Tên đăng nhập', en: 'Username' },
  password: { vi: 'Mật khẩu', en: 'Password' },
  login: { vi: 'Đăng nhập', en: 'Sign in' },
  logout: { vi: 'Đăng xuất', en: 'Sign out' },
  changePassword: { vi: 'Đổi mật khẩu', en: 'Change password' },
  currentPassword: { vi: 'Mật khẩu hiện tại', en: 'Current password' },
  newPassword: { vi: 'Mật khẩu mới', en: 'New password' },
  confirmPassword: { vi: 'Nhập lại mật khẩu mới', en: 'Repeat the new password' },
  passwordsDiffer: { vi: 'Hai mật khẩu không khớp', en: 'The two passwords differ' },
  mustChangePassword: {
    vi: 'Bạn đang dùng mật khẩu một lần. Vui lòng đặt mật khẩu mới (ít nhất 10 ký tự).',
    en: 'You are using a one-time password. Please set a new one (at least 10 characters).',
  },
  passwordChanged: { vi: 'Đã đổi mật khẩu', en: 'Password changed' },
});
