import { defineTexts } from '../text/texts';

/** Field errors and notices of consent (sự đồng ý). */
export const CONSENT_TEXTS = defineTexts({
  consentPurposeRepeated: { vi: 'Mỗi mục đích chỉ ghi một lần', en: 'Each purpose may be given once' },
  consentFormRequired: {
    vi: 'Sự đồng ý cần bản quét phiếu đồng ý có chữ ký',
    en: 'A consent given needs the scan of the signed form',
  },
  consentNoteRequired: {
    vi: 'Ghi rõ người này từ chối, rút lại bằng cách nào (thư, điện thoại, trực tiếp)',
    en: 'Say how the refusal or withdrawal came (letter, phone, in person)',
  },
  consentFormUnknown: { vi: 'Không có phiếu đồng ý này trong hồ sơ', en: 'No such consent form in this record' },
  consentWithoutEvidence: {
    vi: 'Dòng ghi "đồng ý" nhưng lô nhập không kèm bằng chứng (phiếu có chữ ký): sự đồng ý để là "chưa rõ"',
    en: 'The row says "agreed" but the batch holds no evidence (signed forms): consent is kept as unknown',
  },
});
