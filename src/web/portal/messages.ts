import { defineTexts } from '../../domain/text/texts';

/** The kiều bào portal (cổng thông tin kiều bào). */
export const portalMessages = defineTexts({
  portalTitle: { vi: 'Cổng thông tin kiều bào', en: 'Overseas Vietnamese portal' },
  portalIntro: {
    vi: 'Xem thông tin về bạn trong cơ sở dữ liệu người Việt Nam ở nước ngoài và chọn những mục đích bạn đồng ý.',
    en: 'See the information the database of overseas Vietnamese holds about you, and choose what you agree it is used for.',
  },
  portalEmail: { vi: 'Thư điện tử', en: 'E-mail' },
  portalSendCode: { vi: 'Gửi mã đăng nhập', en: 'Send me a sign-in code' },
  portalCodeSent: {
    vi: 'Nếu địa chỉ đúng, mã đăng nhập đã được gửi tới {email}. Mã có hiệu lực 10 phút.',
    en: 'If the address is right, a sign-in code went to {email}. It is valid for 10 minutes.',
  },
  portalCode: { vi: 'Mã đăng nhập (6 chữ số)', en: 'Sign-in code (6 digits)' },
  portalSignIn: { vi: 'Đăng nhập', en: 'Sign in' },
  portalSignOut: { vi: 'Đăng xuất', en: 'Sign out' },
  portalInvited: {
    vi: 'Bạn được Sở Ngoại vụ mời: đăng nhập bằng địa chỉ đã nhận thư mời.',
    en: 'You were invited by the Department of Foreign Affairs: sign in with the address the invitation reached.',
  },
  portalMyRecord: { vi: 'Thông tin của tôi', en: 'My information' },
  portalNoRecord: {
    vi: 'Tài khoản chưa được liên kết với hồ sơ nào. Hãy dùng đường dẫn trong thư mời của Sở Ngoại vụ.',
    en: 'This account is not linked to a record yet. Use the link in the invitation from the Department of Foreign Affairs.',
  },
  portalMyConsents: { vi: 'Sự đồng ý của tôi', en: 'My consent' },
  portalAgree: { vi: 'Đồng ý', en: 'Agree' },
  portalWithdraw: { vi: 'Rút lại sự đồng ý', en: 'Withdraw consent' },
  portalSaved: { vi: 'Đã ghi nhận lựa chọn của bạn', en: 'Your choice is recorded' },
  portalFullName: { vi: 'Họ và tên', en: 'Full name' },
  portalBirthDate: { vi: 'Ngày sinh', en: 'Date of birth' },
  portalResidence: { vi: 'Nơi cư trú', en: 'Residence' },
  portalHometown: { vi: 'Quê quán', en: 'Hometown' },
  portalContacts: { vi: 'Liên hệ', en: 'Contacts' },
  portalOccupation: { vi: 'Nghề nghiệp, chuyên môn', en: 'Occupation, expertise' },
  portalDocuments: { vi: 'Giấy tờ', en: 'Documents' },
  portalRelatives: { vi: 'Thân nhân ở Việt Nam', en: 'Relatives in Việt Nam' },
  portalInvite: { vi: 'Mời vào cổng thông tin', en: 'Invite to the portal' },
  portalInviteHint: {
    vi: 'Người này nhận thư có đường dẫn (hiệu lực 14 ngày) để đăng nhập bằng chính địa chỉ này, xem thông tin về mình và chọn các mục đích đồng ý.',
    en: 'The person receives a link (valid 14 days) to sign in with this very address, see what is held about them and choose what they agree to.',
  },
  portalInviteSend: { vi: 'Gửi thư mời', en: 'Send the invitation' },
  portalInviteSent: { vi: 'Đã gửi thư mời (xem Hộp thư đi)', en: 'Invitation sent (see the Outbox)' },
});
