import { defineTexts } from '../../domain/text/texts';

/** The audit log (nhật ký truy cập). */
export const auditMessages = defineTexts({
  auditTitle: { vi: 'Nhật ký truy cập', en: 'Audit log' },
  time: { vi: 'Thời gian', en: 'Time' },
  user: { vi: 'Người dùng', en: 'User' },
  action: { vi: 'Thao tác', en: 'Action' },
  record: { vi: 'Bản ghi', en: 'Record' },
  ipAddress: { vi: 'Địa chỉ IP', en: 'IP address' },
  details: { vi: 'Chi tiết', en: 'Details' },
  fromDate: { vi: 'Từ ngày', en: 'From' },
  toDate: { vi: 'Đến ngày', en: 'To' },
});
