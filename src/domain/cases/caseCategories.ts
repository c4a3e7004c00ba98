import type { Text } from '../text/texts';

/** The kinds of citizen protection case (vụ việc bảo hộ công dân). */
export const CASE_TYPES = [
  'arrest_detention',
  'accident',
  'death',
  'trafficking',
  'labour_dispute',
  'lost_documents',
  'deportation_return',
  'disaster',
  'other',
] as const;
export type CaseType = (typeof CASE_TYPES)[number];
export const CASE_TYPE_LABELS: Readonly<Record<CaseType, Text>> = {
  arrest_detention: { vi: 'Bị bắt, tạm giữ, tạm giam', en: 'Arrest or detention' },
  accident: { vi: 'Tai nạn', en: 'Accident' },
  death: { vi: 'Tử vong', en: 'Death' },
  trafficking: { vi: 'Mua bán người', en: 'Trafficking' },
  labour_dispute: { vi: 'Tranh chấp lao động', en: 'Labour dispute' },
  lost_documents: { vi: 'Mất giấy tờ', en: 'Lost documents' },
  deportation_return: { vi: 'Trục xuất, đưa về nước', en: 'Deportation or return' },
  disaster: { vi: 'Thiên tai, thảm họa, xung đột', en: 'Disaster or conflict' },
  other: { vi: 'Khác', en: 'Other' },
};

export const URGENCIES = ['low', 'normal', 'high', 'critical'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const URGENCY_LABELS: Readonly<Record<Urgency, Text>> = {
  low: { vi: 'Thấp', en: 'Low' },
  normal: { vi: 'Bình thường', en: 'Normal' },
  high: { vi: 'Khẩn', en: 'Urgent' },
  critical: { vi: 'Hỏa tốc', en: 'Critical' },
};

export const CASE_STATUSES = ['received', 'verifying', 'assisting', 'resolved', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CASE_STATUS_LABELS: Readonly<Record<CaseStatus, Text>> = {
  received: { vi: 'Tiếp nhận', en: 'Received' },
  verifying: { vi: 'Xác minh', en: 'Verifying' },
  assisting: { vi: 'Đang hỗ trợ', en: 'Assisting' },
  resolved: { vi: 'Đã giải quyết', en: 'Resolved' },
  closed: { vi: 'Đã đóng', en: 'Closed' },
};

/** What a case's timeline records (nhật ký vụ việc). */
export const CASE_EVENT_KINDS = [
  'created',
  'status',
  'reopened',
  'assigned',
  'referred',
  'referral',
  'note',
  'task_added',
  'task_done',
  'task_reopened',
  'person_linked',
  'person_unlinked',
  'attachment',
  'edited',
] as const;
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];

export const CASE_PERSON_ROLES = ['subject', 'reporter', 'relative', 'other'] as const;
export type CasePersonRole = (typeof CASE_PERSON_ROLES)[number];
export const CASE_PERSON_ROLE_LABELS: Readonly<Record<CasePersonRole, Text>> = {
  subject: { vi: 'Công dân cần bảo hộ', en: 'Citizen concerned' },
  reporter: { vi: 'Người báo tin', en: 'Reporter' },
  relative: { vi: 'Thân nhân', en: 'Relative' },
  other: { vi: 'Khác', en: 'Other' },
};
