import type { Text } from '../text/texts';

/**
 * What a kiều bào may ask on the portal. `change`, `deletion`, `restriction` and `objection` are
 * the data subject's rights (quyền của chủ thể dữ liệu: Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15 and
 * its guiding Decree 356/2025/NĐ-CP); the others are services of the province.
 */
export const REQUEST_KINDS = [
  'change',
  'registration',
  'deletion',
  'restriction',
  'objection',
  'expertise',
  'procedure',
  'protection',
] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

export const REQUEST_KIND_LABELS: Readonly<Record<RequestKind, Text>> = {
  change: { vi: 'Đề nghị sửa, bổ sung thông tin', en: 'Correction or addition' },
  registration: { vi: 'Đăng ký mới', en: 'New registration' },
  deletion: { vi: 'Yêu cầu xóa dữ liệu', en: 'Deletion of my data' },
  restriction: { vi: 'Yêu cầu hạn chế xử lý', en: 'Restriction of processing' },
  objection: { vi: 'Phản đối xử lý', en: 'Objection to processing' },
  expertise: { vi: 'Đăng ký chuyên gia, trí thức', en: 'Offer of expertise' },
  procedure: { vi: 'Hỗ trợ thủ tục hành chính', en: 'Help with an administrative procedure' },
  protection: { vi: 'Đề nghị bảo hộ công dân', en: 'Citizen protection' },
};

export const REQUEST_STATUSES = [
  'open',
  'in_progress',
  'accepted',
  'partly_accepted',
  'rejected',
  'cancelled',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const PENDING_STATUSES: readonly RequestStatus[] = ['open', 'in_progress'];

export const REQUEST_STATUS_LABELS: Readonly<Record<RequestStatus, Text>> = {
  open: { vi: 'Mới nhận', en: 'Received' },
  in_progress: { vi: 'Đang xử lý', en: 'In progress' },
  accepted: { vi: 'Đã chấp nhận', en: 'Accepted' },
  partly_accepted: { vi: 'Chấp nhận một phần', en: 'Partly accepted' },
  rejected: { vi: 'Từ chối', en: 'Rejected' },
  cancelled: { vi: 'Người gửi đã hủy', en: 'Cancelled by the sender' },
};

/**
 * Days from receipt by which a request is to be settled. The rights follow Decree 356/2025/NĐ-CP
 * as its published summaries read it (an answer within 2 working days — the portal acknowledges at
 * once — and the request carried out within 15 days); the services are the province's own targets,
 * protection the shortest. One table: a changed rule is changed here.
 */
export const DEADLINE_DAYS: Readonly<Record<RequestKind, number>> = {
  change: 15,
  deletion: 15,
  restriction: 15,
  objection: 15,
  registration: 15,
  expertise: 30,
  procedure: 15,
  protection: 2,
};

/** The day a request received on `receivedDay` (YYYY-MM-DD, Vietnam) is due. */
export function dueOn(kind: RequestKind, receivedDay: string): string {
  const day = new Date(`${receivedDay}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + DEADLINE_DAYS[kind]);
  return day.toISOString().slice(0, 10);
}

/** Whether a pending request is past its deadline on `today` (YYYY-MM-DD, Vietnam). */
export const isOverdue = (status: RequestStatus, due: string, today: string) =>
  PENDING_STATUSES.includes(status) && due < today;

/** The administrative procedures kiều bào ask help with. */
export const PROCEDURE_TYPES = ['nationality', 'residence', 'housing', 'documents', 'other'] as const;
export type ProcedureType = (typeof PROCEDURE_TYPES)[number];

export const PROCEDURE_TYPE_LABELS: Readonly<Record<ProcedureType, Text>> = {
  nationality: { vi: 'Quốc tịch', en: 'Nationality' },
  residence: { vi: 'Cư trú', en: 'Residence' },
  housing: { vi: 'Nhà ở, đất đai', en: 'Housing and land' },
  documents: { vi: 'Giấy tờ, hộ tịch', en: 'Documents and civil status' },
  other: { vi: 'Khác', en: 'Other' },
};
