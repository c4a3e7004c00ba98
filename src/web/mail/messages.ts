import { defineTexts } from '../../domain/text/texts';

/** The outbox (hộp thư đi): what the system sent or would send by e-mail. */
export const mailMessages = defineTexts({
  menuOutbox: { vi: 'Hộp thư đi', en: 'Outbox' },
  outboxTitle: { vi: 'Hộp thư đi', en: 'Outbox' },
  outboxNoSmtp: {
    vi: 'Chưa cấu hình máy chủ thư (SMTP_URL): thư chỉ được lưu ở đây, chưa gửi đi.',
    en: 'No mail server is configured (SMTP_URL): messages wait here and are not sent.',
  },
  outboxTo: { vi: 'Người nhận', en: 'To' },
  outboxSubject: { vi: 'Tiêu đề', en: 'Subject' },
  outboxStatus: { vi: 'Tình trạng', en: 'Status' },
  outboxCreated: { vi: 'Tạo lúc', en: 'Created' },
  outboxAttempts: { vi: 'Số lần gửi', en: 'Attempts' },
  outboxError: { vi: 'Lỗi gần nhất', en: 'Last error' },
  outbox_queued: { vi: 'Chờ gửi', en: 'Waiting' },
  outbox_sent: { vi: 'Đã gửi', en: 'Sent' },
  outbox_failed: { vi: 'Gửi không được', en: 'Failed' },
});
