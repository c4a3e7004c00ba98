import { defineTexts } from '../../domain/text/texts';

/** A person's consent per purpose (sự đồng ý), as officers read and record it. */
export const consentMessages = defineTexts({
  consentTab: { vi: 'Sự đồng ý', en: 'Consent' },
  consentPurpose: { vi: 'Mục đích', en: 'Purpose' },
  consentState: { vi: 'Tình trạng', en: 'State' },
  consentHistory: { vi: 'Các lần ghi nhận', en: 'Decisions recorded' },
  consentNone: { vi: 'Chưa ghi nhận lần nào', en: 'None recorded yet' },
  consentRecord: { vi: 'Ghi nhận sự đồng ý', en: 'Record a decision' },
  consentDecision: { vi: 'Quyết định', en: 'Decision' },
  consentPurposes: { vi: 'Các mục đích', en: 'Purposes' },
  consentDecidedOn: { vi: 'Ngày quyết định', en: 'Decided on' },
  consentNote: { vi: 'Ghi chú (từ chối, rút lại bằng cách nào)', en: 'Note (how the refusal or withdrawal came)' },
  consentForm: { vi: 'Phiếu đồng ý có chữ ký (bản quét)', en: 'Signed consent form (scan)' },
  consentFormUpload: { vi: 'Tải lên bản quét', en: 'Upload the scan' },
  consentForms: { vi: 'Phiếu đồng ý đã lưu', en: 'Consent forms kept' },
  consentSave: { vi: 'Ghi nhận', en: 'Record' },
  consentRecorded: { vi: 'Đã ghi nhận', en: 'Recorded' },
  consentVia: { vi: '{channel}, bản {version}', en: '{channel}, version {version}' },
  consentFilter: { vi: 'Đã đồng ý cho', en: 'Agreed to' },
  consentFilterState: { vi: 'Tình trạng đồng ý', en: 'Consent state' },
});
