import { defineTexts } from '../text/texts';

/** Field errors of experts' needs. */
export const EXPERT_TEXTS = defineTexts({
  needUnknown: { vi: 'Không có nhu cầu này', en: 'No such need' },
  needNotNational: {
    vi: 'Chỉ nhu cầu tìm chuyên gia toàn quốc mới cần tỉnh của chuyên gia cung cấp liên hệ',
    en: 'Only a national need asks the expert’s province for contacts',
  },
  expertNotProposable: {
    vi: 'Chuyên gia này không có hồ sơ chuyên gia hoặc chưa đồng ý được giới thiệu',
    en: 'This person has no expert profile or has not agreed to be proposed',
  },
  releaseRequested: {
    vi: 'Đã đề nghị cung cấp liên hệ của chuyên gia này cho nhu cầu này',
    en: 'The contacts of this expert were already asked for this need',
  },
  releaseDecided: { vi: 'Đề nghị này đã được xử lý', en: 'This request has been decided' },
});
