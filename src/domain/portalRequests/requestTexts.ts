import { defineTexts } from '../text/texts';

/** The requests' field errors and e-mails. */
export const REQUEST_TEXTS = defineTexts({
  changeNothingProposed: { vi: 'Chưa đề nghị sửa mục nào', en: 'Nothing is proposed' },
  consentRequired: { vi: 'Cần đánh dấu đồng ý', en: 'Tick to agree' },
  reasonRequired: { vi: 'Cần nêu lý do từ chối', en: 'A reason for the refusal is required' },
  requestSettled: { vi: 'Yêu cầu đã được xử lý xong', en: 'The request has been settled already' },
  requestKindMismatch: { vi: 'Quyết định không đúng loại yêu cầu', en: 'The decision is not for this kind of request' },
  requestNeedsRecord: {
    vi: 'Tài khoản chưa gắn với hồ sơ: hãy đăng ký trước',
    en: 'No record is linked to the account yet: register first',
  },
  requestHasRecord: { vi: 'Tài khoản đã gắn với hồ sơ', en: 'A record is linked to the account already' },
  requestFieldUndecided: { vi: 'Chưa quyết định mục này', en: 'This field is not decided' },
  requestAckSubject: { vi: 'Đã nhận yêu cầu {reference}', en: 'Request {reference} received' },
  requestAckBody: {
    vi: 'Cầu Nối đã nhận yêu cầu của bạn: {kind}.\nSố tham chiếu: {reference}.\nCơ quan có thẩm quyền sẽ trả lời trước ngày {due}. Bạn theo dõi kết quả trên cổng thông tin kiều bào: {link}',
    en: 'Cầu Nối has received your request: {kind}.\nReference: {reference}.\nThe authority will answer by {due}. Follow it on the portal of overseas Vietnamese: {link}',
  },
  requestOutcomeSubject: { vi: 'Kết quả yêu cầu {reference}', en: 'Outcome of request {reference}' },
  requestOutcomeBody: {
    vi: 'Yêu cầu {reference} ({kind}) đã được xử lý: {status}.\n{lines}\nXem chi tiết: {link}',
    en: 'Request {reference} ({kind}) has been handled: {status}.\n{lines}\nDetails: {link}',
  },
  requestMessageSubject: { vi: 'Tin nhắn mới về yêu cầu {reference}', en: 'New message on request {reference}' },
  requestMessageBody: {
    vi: 'Cán bộ xử lý đã gửi tin nhắn về yêu cầu {reference}. Đọc và trả lời trên cổng thông tin: {link}',
    en: 'The officer handling request {reference} sent you a message. Read and answer it on the portal: {link}',
  },
  lineAccepted: { vi: '- {field}: chấp nhận', en: '- {field}: accepted' },
  lineRejected: { vi: '- {field}: không chấp nhận — {reason}', en: '- {field}: not accepted — {reason}' },
  outcomeReason: { vi: 'Lý do: {reason}', en: 'Reason: {reason}' },
});
