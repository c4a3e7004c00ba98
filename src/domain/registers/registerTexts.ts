import { defineTexts } from '../text/texts';

/** Field errors of the registers. */
export const REGISTER_TEXTS = defineTexts({
  eventInviteSubject: { vi: 'Thư mời: {title}', en: 'Invitation: {title}' },
  eventInviteBody: {
    vi: 'Kính gửi {name},\n\nSở Ngoại vụ trân trọng kính mời Quý vị tham dự {title}, {dates}{location}.\n\nXin trả lời hoặc đăng ký trên cổng thông tin kiều bào: {portal}\n\nKhông muốn nhận thư mời, tin tức nữa? {unsubscribe}',
    en: 'Dear {name},\n\nThe Department of Foreign Affairs is pleased to invite you to {title}, {dates}{location}.\n\nPlease answer or register on the portal of overseas Vietnamese: {portal}\n\nNo longer want invitations and news? {unsubscribe}',
  },
  amountOrInKind: { vi: 'Nhập số tiền hoặc hiện vật ủng hộ', en: 'Give an amount or what was given in kind' },
});
