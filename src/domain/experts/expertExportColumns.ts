import type { ExportColumn } from '../exports/exportColumn';
import { findCountry } from '../reference/countries';
import { findProvince } from '../reference/resolveProvince';
import {
  DEGREE_LABELS,
  EXPERT_FIELD_LABELS,
  EXPERT_LANGUAGE_LABELS,
  WILLINGNESS_LABELS,
  type ExpertField,
  type ExpertLanguage,
} from './expertFields';
import type { ExpertSummary } from './expertSchemas';

const labelsOf = <K extends string>(labels: Record<K, { vi: string }>, keys: readonly string[]) =>
  keys.map((k) => labels[k as K]?.vi ?? k).join('; ');

/** The columns of an exported list of experts, Vietnamese headers and values. */
export const EXPERT_EXPORT_COLUMNS: readonly ExportColumn<ExpertSummary>[] = [
  { header: 'Họ và tên', value: (e) => e.fullName },
  { header: 'Học hàm, học vị', value: (e) => (e.degree ? DEGREE_LABELS[e.degree].vi : '') },
  { header: 'Lĩnh vực', value: (e) => labelsOf<ExpertField>(EXPERT_FIELD_LABELS, e.fields) },
  { header: 'Nơi làm việc', value: (e) => e.employer ?? '' },
  { header: 'Ngoại ngữ', value: (e) => labelsOf<ExpertLanguage>(EXPERT_LANGUAGE_LABELS, e.languages) },
  { header: 'Sẵn sàng', value: (e) => labelsOf(WILLINGNESS_LABELS, e.willingness) },
  { header: 'Nước định cư', value: (e) => (e.residenceCountry ? (findCountry(e.residenceCountry)?.nameVi ?? '') : '') },
  { header: 'Thành phố', value: (e) => e.residenceCity ?? '' },
  {
    header: 'Quê quán (tỉnh, thành phố)',
    value: (e) => (e.hometownProvinceCode ? (findProvince(e.hometownProvinceCode)?.name ?? '') : ''),
  },
  { header: 'Liên hệ lần cuối', value: (e) => e.lastContactedOn ?? '' },
];
