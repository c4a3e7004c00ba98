import { defineTexts } from '../text/texts';

/** Field errors of the registers. */
export const REGISTER_TEXTS = defineTexts({
  amountOrInKind: { vi: 'Nhập số tiền hoặc hiện vật ủng hộ', en: 'Give an amount or what was given in kind' },
});
