import { defineTexts } from '../text/texts';

/** Field errors of associations (hội đoàn). */
export const ASSOCIATION_TEXTS = defineTexts({
  associationExists: {
    vi: 'Tỉnh này đã có hội mang tên này',
    en: 'This province already has an association of this name',
  },
  associationUnknown: {
    vi: 'Không có hội này trong danh sách hội của tỉnh',
    en: "No such association in the province's list",
  },
});
