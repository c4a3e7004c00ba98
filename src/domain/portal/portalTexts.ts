import { defineTexts } from '../text/texts';

/** The portal's field errors and e-mails. */
export const PORTAL_TEXTS = defineTexts({
  portalCodeFormat: { vi: 'Mã gồm 6 chữ số', en: 'The code is 6 digits' },
  portalCodeWrong: {
    vi: 'Mã không đúng hoặc đã hết hạn: xin mã mới',
    en: 'The code is wrong or has expired: ask for a new one',
  },
  portalPasswordWrong: {
    vi: 'Địa chỉ hoặc mật khẩu không đúng (hoặc tạm khóa): hãy đăng nhập bằng mã gửi qua thư',
    en: 'Wrong address or password (or locked for a while): sign in with a code by e-mail',
  },
  portalInvitationInvalid: {
    vi: 'Đường dẫn mời không hợp lệ, đã hết hạn, hoặc gửi cho địa chỉ khác',
    en: 'The invitation link is not valid, has expired, or was sent to another address',
  },
  portalCodeSubject: { vi: 'Mã đăng nhập Cầu Nối: {code}', en: 'Your Cầu Nối sign-in code: {code}' },
  portalCodeBody: {
    vi: 'Mã đăng nhập cổng thông tin kiều bào Cầu Nối của bạn là {code}. Mã có hiệu lực trong 10 phút.\nNếu bạn không yêu cầu mã này, hãy bỏ qua thư.',
    en: 'Your sign-in code for the Cầu Nối portal of overseas Vietnamese is {code}. It is valid for 10 minutes.\nIf you did not ask for it, ignore this message.',
  },
  portalInviteSubject: {
    vi: 'Mời bạn xem và cập nhật thông tin của mình trên Cầu Nối',
    en: 'You are invited to see and update your information on Cầu Nối',
  },
  portalInviteBody: {
    vi: 'Xin chào {name},\n\nSở Ngoại vụ quê hương mời bạn vào cổng thông tin kiều bào Cầu Nối để xem thông tin về bạn, đề nghị sửa đổi và chọn những mục đích bạn đồng ý:\n{link}\n\nĐường dẫn có hiệu lực đến {expires}.',
    en: 'Hello {name},\n\nThe Department of Foreign Affairs of your home province invites you to the Cầu Nối portal of overseas Vietnamese to see the information held about you, ask for corrections and choose what you agree it is used for:\n{link}\n\nThe link is valid until {expires}.',
  },
});
