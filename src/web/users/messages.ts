import { defineTexts } from '../../domain/text/texts';

/** Managing accounts. */
export const userMessages = defineTexts({
  usersTitle: { vi: 'Quản lý tài khoản', en: 'User management' },
  displayName: { vi: 'Họ và tên', en: 'Full name' },
  userEmail: { vi: 'Thư điện tử', en: 'E-mail' },
  userEmailHint: {
    vi: 'Nhận nhắc nhở báo cáo, việc đến hạn qua thư điện tử',
    en: 'Receives reminders of reports owed and tasks due by e-mail',
  },
  role: { vi: 'Vai trò', en: 'Role' },
  province: { vi: 'Tỉnh, thành phố', en: 'Province' },
  userCommune: { vi: 'Xã, phường', en: 'Commune' },
  userMission: { vi: 'Cơ quan đại diện', en: 'Mission abroad' },
  status: { vi: 'Trạng thái', en: 'Status' },
  active: { vi: 'Hoạt động', en: 'Active' },
  disabled: { vi: 'Đã khóa', en: 'Disabled' },
  locked: { vi: 'Tạm khóa', en: 'Locked' },
  lastLogin: { vi: 'Đăng nhập gần nhất', en: 'Last sign-in' },
  resetPassword: { vi: 'Cấp lại mật khẩu', en: 'Reset password' },
  oneTimePasswordTitle: { vi: 'Mật khẩu một lần', en: 'One-time password' },
  oneTimePasswordHint: {
    vi: 'Hãy gửi mật khẩu này cho người dùng qua kênh an toàn. Mật khẩu chỉ hiển thị một lần.',
    en: 'Give this password to the user over a safe channel. It is shown only once.',
  },
  newUser: { vi: 'Thêm tài khoản', en: 'New user' },
  editUser: { vi: 'Sửa tài khoản', en: 'Edit user' },
});
