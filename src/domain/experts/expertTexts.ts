import { defineTexts } from '../text/texts';

/** Field errors of experts' needs. */
export const EXPERT_TEXTS = defineTexts({
  needUnknown: { vi: 'Không có nhu cầu này', en: 'No such need' },
});
