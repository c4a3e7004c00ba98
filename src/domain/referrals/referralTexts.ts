import { defineTexts } from '../text/texts';

/** Field errors of referrals between missions abroad and provinces (chuyển tuyến). */
export const REFERRAL_TEXTS = defineTexts({
  referralTarget: {
    vi: 'Chọn đúng một nơi nhận: một tỉnh, thành phố hoặc một cơ quan đại diện',
    en: 'Choose exactly one receiver: a province or a mission abroad',
  },
  referralDirection: {
    vi: 'Chuyển tuyến đi giữa cơ quan đại diện và tỉnh, thành phố (cơ quan đại diện chuyển về tỉnh, tỉnh chuyển sang cơ quan đại diện)',
    en: 'A referral goes between a mission abroad and a province, one way or the other',
  },
  referralSender: {
    vi: 'Chỉ cơ quan đại diện hoặc Sở Ngoại vụ một tỉnh gửi phiếu chuyển tuyến',
    en: 'Only a mission or a province’s Department of Foreign Affairs sends referrals',
  },
  returneeFromMission: {
    vi: 'Người về nước do cơ quan đại diện chuyển về tỉnh, thành phố quê hương',
    en: 'A returnee is referred by a mission to the home province',
  },
  notHomeProvince: {
    vi: 'Tỉnh nhận phải là quê quán hoặc nơi quản lý hồ sơ của người được chuyển',
    en: 'The receiving province must be the person’s home or keeping province',
  },
  outsideDistrict: {
    vi: 'Nước của vụ việc, của người được chuyển không thuộc địa bàn của cơ quan đại diện này',
    en: 'The country of the case or person is outside this mission’s district',
  },
  personNotOnCase: {
    vi: 'Người được chuyển phải là đương sự của vụ việc',
    en: 'The person referred must be a subject of the case',
  },
  sharingConsentRequired: {
    vi: 'Người này chưa đồng ý chia sẻ thông tin với tỉnh, thành phố khác và Bộ Ngoại giao: ghi nhận sự đồng ý trước khi chuyển tuyến',
    en: 'This person has not agreed to sharing with other provinces and the Ministry: record their consent before referring',
  },
  referralOpen: {
    vi: 'Đã có phiếu chuyển tuyến đang chờ hoặc đang xử lý cho người này tới nơi nhận này',
    en: 'A referral of this person to this receiver is already pending or in progress',
  },
  referralStep: {
    vi: 'Phiếu chuyển tuyến đang ở trạng thái "{status}": không thể làm bước này',
    en: 'The referral is "{status}": this step is not possible',
  },
  rejectionNoteRequired: {
    vi: 'Ghi rõ lý do từ chối tiếp nhận',
    en: 'Say why the referral is rejected',
  },
});
