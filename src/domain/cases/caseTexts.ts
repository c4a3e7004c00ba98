import { defineTexts } from '../text/texts';

/** Field errors of citizen protection cases (bảo hộ công dân). */
export const CASE_TEXTS = defineTexts({
  caseUnknown: { vi: 'Không có vụ việc này trong tỉnh', en: 'No such case in the province' },
  assigneeInvalid: {
    vi: 'Chỉ giao cho cán bộ đang làm việc của tỉnh phụ trách vụ việc',
    en: "Assign only to an active officer of the case's province",
  },
  missionHoldsCase: {
    vi: 'Vụ việc do cơ quan đại diện mở thuộc cơ quan đại diện; chuyển cho tỉnh bằng phiếu chuyển tuyến',
    en: 'A case a mission opens is the mission’s; refer it to a province with a referral',
  },
  illegalTransition: {
    vi: 'Không thể chuyển vụ việc từ "{from}" sang "{to}". Có thể chuyển sang: {allowed}.',
    en: 'A case cannot go from "{from}" to "{to}". It can go to: {allowed}.',
  },
});
