import type { ExportColumn } from '../exports/exportColumn';
import { findCountry } from '../reference/countries';
import { findProvince } from '../reference/resolveProvince';
import { ASSOCIATION_FIELD_LABELS, ASSOCIATION_KIND_LABELS } from './categories';
import type { AssociationSummary } from './associationSchemas';

/** The columns of an exported list of associations, Vietnamese headers and values. */
export const ASSOCIATION_EXPORT_COLUMNS: readonly ExportColumn<AssociationSummary>[] = [
  { header: 'Tên hội', value: (a) => a.name },
  { header: 'Loại', value: (a) => ASSOCIATION_KIND_LABELS[a.kind].vi },
  { header: 'Lĩnh vực', value: (a) => a.fields.map((f) => ASSOCIATION_FIELD_LABELS[f].vi).join('; ') },
  { header: 'Quốc gia', value: (a) => (a.country ? (findCountry(a.country)?.nameVi ?? a.country) : '') },
  { header: 'Thành phố', value: (a) => a.city ?? '' },
  { header: 'Tỉnh, thành phố quản lý', value: (a) => findProvince(a.provinceCode)?.name ?? a.provinceCode },
  { header: 'Tình trạng', value: (a) => (a.status === 'active' ? 'Đang hoạt động' : 'Ngừng hoạt động') },
  { header: 'Số hội viên', value: (a) => String(a.members) },
  { header: 'Số hồ sơ kiều bào đã cung cấp', value: (a) => String(a.personsSupplied) },
  { header: 'Cung cấp lần cuối', value: (a) => a.lastSuppliedAt?.slice(0, 10) ?? '' },
];
