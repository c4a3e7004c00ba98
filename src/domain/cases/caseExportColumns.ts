import type { ExportColumn } from '../exports/exportColumn';
import { findCountry } from '../reference/countries';
import { findProvince } from '../reference/resolveProvince';
import { CASE_STATUS_LABELS, CASE_TYPE_LABELS, URGENCY_LABELS } from './caseCategories';
import type { CaseSummary } from './caseSchemas';

/** The columns of an exported list of cases, Vietnamese headers and values (no personal details). */
export const CASE_EXPORT_COLUMNS: readonly ExportColumn<CaseSummary>[] = [
  { header: 'Số vụ việc', value: (c) => c.code },
  { header: 'Tiêu đề', value: (c) => c.title },
  { header: 'Loại', value: (c) => CASE_TYPE_LABELS[c.type].vi },
  { header: 'Mức độ', value: (c) => URGENCY_LABELS[c.urgency].vi },
  { header: 'Trạng thái', value: (c) => CASE_STATUS_LABELS[c.status].vi },
  { header: 'Quốc gia', value: (c) => findCountry(c.country)?.nameVi ?? c.country },
  {
    header: 'Tỉnh, thành phố / cơ quan đại diện',
    value: (c) => c.mission?.name ?? (c.provinceCode && (findProvince(c.provinceCode)?.name ?? c.provinceCode)) ?? '',
  },
  { header: 'Cán bộ phụ trách', value: (c) => c.assignedTo?.name ?? '' },
  { header: 'Cơ quan đang xử lý', value: (c) => c.handledBy ?? '' },
  { header: 'Báo cáo Bộ', value: (c) => (c.escalatedToMinistry ? 'Có' : '') },
  { header: 'Ngày tiếp nhận', value: (c) => c.receivedAt.slice(0, 10) },
  { header: 'Nhiệm vụ chưa xong', value: (c) => String(c.openTasks) },
  { header: 'Nhiệm vụ quá hạn', value: (c) => String(c.overdueTasks) },
];
