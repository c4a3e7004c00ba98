import ExcelJS from 'exceljs';
import {
  CASE_STATUS_LABELS,
  CASE_TYPE_LABELS,
  type CaseStatus,
  type CaseType,
} from '../../domain/cases/caseCategories';
import { EXPERT_FIELD_LABELS, type ExpertField } from '../../domain/experts/expertFields';
import { FIGURE_KEYS, FIGURES } from '../../domain/plans/figures';
import { PROGRESS_LABELS, REPORT_STATUS_LABELS } from '../../domain/plans/planCategories';
import type { Plan } from '../../domain/plans/planSchemas';
import { PERSON_CATEGORY_LABELS, SEX_LABELS, type PersonCategory, type Sex } from '../../domain/persons/categories';
import { findCountry } from '../../domain/reference/countries';
import { findLegacyProvince, findProvince } from '../../domain/reference/resolveProvince';
import { AGE_BAND_LABELS, type Counts, type Statistics } from '../../domain/statistics/statisticsSchemas';

type Label = (code: string | null) => string;

/** One annex: a title row, a header row, then the rows. */
function annex(workbook: ExcelJS.Workbook, name: string, title: string, header: string[], rows: (string | number)[][]) {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow([title]).font = { bold: true, size: 13 };
  sheet.addRow([]);
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((column, i) => (column.width = i === 0 ? 8 : Math.max(14, header[i]?.length ?? 0) + 4));
  sheet.getColumn(2).width = 48;
}

const numbered = (counts: Counts, label: Label): [number, string, number][] =>
  counts.map((c, i) => [i + 1, label(c.code), c.count]);
const labelled =
  <K extends string>(labels: Readonly<Record<K, { vi: string }>>): Label =>
  (code) =>
    code ? (labels[code as K]?.vi ?? code) : 'Chưa rõ';

/** The statistics annexes of a plan's report: persons, experts, cases, figures, and every task's reports. */
export async function renderReportXlsx(plan: Plan, stats: Statistics): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cầu Nối';
  const country: Label = (code) => (code ? (findCountry(code)?.nameVi ?? code) : 'Chưa rõ');
  const province: Label = (code) => (code ? (findProvince(code)?.name ?? code) : 'Chưa rõ');
  const head = ['STT', 'Nội dung', 'Số người'];
  const year = `năm ${plan.year}`;
  annex(
    workbook,
    'PL1 Quốc gia',
    `Phụ lục 1. Người Việt Nam ở nước ngoài theo nước cư trú (${year})`,
    ['STT', 'Quốc gia, vùng lãnh thổ', 'Số người'],
    numbered(stats.persons.byCountry, country),
  );
  annex(workbook, 'PL2 Diện', `Phụ lục 2. Theo diện, giới tính, độ tuổi (${year})`, head, [
    ...numbered(stats.persons.byCategory, labelled<PersonCategory>(PERSON_CATEGORY_LABELS)),
    ...numbered(stats.persons.bySex, labelled<Sex>(SEX_LABELS)).map(([i, l, n]) => [i, `Giới tính: ${l}`, n]),
    ...numbered(stats.persons.byAgeBand, labelled(AGE_BAND_LABELS)).map(([i, l, n]) => [i, `Độ tuổi: ${l}`, n]),
  ]);
  annex(
    workbook,
    'PL3 Quê quán',
    `Phụ lục 3. Theo quê quán: tỉnh, thành phố từ 01/7/2025 và trước đó (${year})`,
    head,
    [
      ...numbered(stats.persons.byProvince, province),
      ...stats.persons.byLegacyProvince.map((c, i) => [
        i + 1,
        `Trước sáp nhập: ${findLegacyProvince(c.code!)?.name ?? c.code}`,
        c.count,
      ]),
    ],
  );
  annex(
    workbook,
    'PL4 Chuyên gia, vụ việc',
    `Phụ lục 4. Chuyên gia theo lĩnh vực; vụ việc bảo hộ công dân (${year})`,
    ['STT', 'Nội dung', 'Số lượng'],
    [
      ...numbered(stats.experts.byField, labelled<ExpertField>(EXPERT_FIELD_LABELS)),
      ...numbered(stats.cases.byType, labelled<CaseType>(CASE_TYPE_LABELS)).map(([i, l, n]) => [i, `Vụ việc: ${l}`, n]),
      ...numbered(stats.cases.byStatus, labelled<CaseStatus>(CASE_STATUS_LABELS)).map(([i, l, n]) => [
        i,
        `Trạng thái: ${l}`,
        n,
      ]),
    ],
  );
  annex(
    workbook,
    'PL5 Số liệu',
    `Phụ lục 5. Số liệu các cơ quan, đơn vị báo cáo (${year})`,
    ['STT', 'Chỉ tiêu', 'Số liệu', 'Đơn vị tính'],
    FIGURE_KEYS.map((k, i) => [i + 1, FIGURES[k].vi, stats.figures[k] ?? 0, FIGURES[k].unit]),
  );
  annex(
    workbook,
    'PL6 Nhiệm vụ',
    `Phụ lục 6. Tình hình thực hiện nhiệm vụ theo Kế hoạch số ${plan.number}`,
    ['STT', 'Nhiệm vụ', 'Cơ quan', 'Vai trò', 'Hạn báo cáo', 'Báo cáo', 'Tiến độ', 'Nội dung báo cáo'],
    plan.taskList.flatMap((task, i) =>
      task.agencies.map((a) => [
        i + 1,
        task.content,
        a.agencyName,
        a.role === 'lead' ? 'Chủ trì' : 'Phối hợp',
        task.reportDueOn.split('-').reverse().join('/'),
        a.report ? REPORT_STATUS_LABELS[a.report.status].vi : 'Chưa báo cáo',
        a.report ? PROGRESS_LABELS[a.report.progress].vi : '',
        a.report?.status === 'accepted' ? a.report.content : '',
      ]),
    ),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
