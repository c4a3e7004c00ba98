import { defineTexts } from '../text/texts';

/** Field errors of reporting requests and the provinces' responses. */
export const REPORTING_TEXTS = defineTexts({
  provinceUnknown: { vi: 'Không có tỉnh, thành phố này', en: 'No such province' },
  planOfOtherProvince: {
    vi: 'Kế hoạch này không phải của tỉnh, thành phố trả lời',
    en: 'The plan is not of the responding province',
  },
  notInTemplate: { vi: 'Yêu cầu báo cáo không hỏi số liệu này', en: 'The request does not ask for this figure' },
  responseIncomplete: {
    vi: 'Cần điền đủ trước khi gửi cấp trên',
    en: 'To be filled in before sending upward',
  },
});
