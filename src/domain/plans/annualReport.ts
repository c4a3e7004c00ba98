import { CASE_TYPE_LABELS, type CaseType } from '../cases/caseCategories';
import { PERSON_CATEGORY_LABELS, type PersonCategory } from '../persons/categories';
import { dayText } from '../calendar/dayText';
import { findCountry } from '../reference/countries';
import type { Statistics } from '../statistics/statisticsSchemas';
import { FIGURE_KEYS, FIGURES } from './figures';
import { PROGRESS_LABELS } from './planCategories';
import type { Plan } from './planSchemas';

/**
 * The consolidated report on a plan as an administrative document (Nghị định 30/2020/NĐ-CP): the
 * header (issuing body, national motto, number, place and date), title, sections I–III, recipients
 * and signature. Words only: the server lays it out as .docx.
 */
export interface ReportDocument {
  issuerAbove: string;
  issuer: string;
  number: string;
  placeAndDate: string;
  title: string;
  subtitle: string;
  intro: string;
  sections: { heading: string; paragraphs: { text: string; level?: 1 | 2 }[] }[];
  recipients: string[];
  signerTitle: string;
  signerName: string;
  /** Phụ lục: tables after the signature, each on its own page. */
  annexes?: ReportAnnex[];
}

export interface ReportAnnex {
  heading: string;
  title: string;
  columns: string[];
  rows: string[][];
}

export interface ReportOptions {
  /** Số: the document's number, "…/BC-SNV" until the office gives one. */
  number: string;
  /** Where and when: "Cần Thơ", and the day of the report (yyyy-mm-dd). */
  place: string;
  day: string;
  coordinator: string;
  signerTitle: string;
  signerName: string;
}

/** A whole number as Vietnamese write it: 1.250. */
export const amount = (n: number) => n.toLocaleString('vi-VN');
/** "Cần Thơ, ngày 01 tháng 12 năm 2026" of the day 2026-12-01, as Decree 30 writes the place and date. */
export function placeAndDate(place: string, day: string): string {
  const [year, month, date] = day.split('-');
  return `${place}, ngày ${date} tháng ${month} năm ${year}`;
}

function resultsSection(plan: Plan): ReportDocument['sections'][number] {
  const paragraphs = plan.taskList.flatMap((task, i) => [
    { text: `${i + 1}. ${task.content}`, level: 1 as const },
    ...task.agencies.map((a) => {
      const report = a.report?.status === 'accepted' ? a.report : null;
      return {
        text: report
          ? `- ${a.agencyName} (${PROGRESS_LABELS[report.progress].vi.toLowerCase()}): ${report.content}`
          : `- ${a.agencyName}: chưa có báo cáo được chấp nhận.`,
        level: 2 as const,
      };
    }),
  ]);
  return { heading: 'I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ', paragraphs };
}

function figuresSection(stats: Statistics): ReportDocument['sections'][number] {
  const top = stats.persons.byCountry
    .slice(0, 5)
    .map((c) => `${c.code ? (findCountry(c.code)?.nameVi ?? c.code) : 'chưa rõ'} (${amount(c.count)})`)
    .join(', ');
  const categories = stats.persons.byCategory
    .map((c) => `${PERSON_CATEGORY_LABELS[c.code as PersonCategory]?.vi.toLowerCase() ?? c.code}: ${amount(c.count)}`)
    .join('; ');
  const cases = stats.cases.byType
    .map((c) => `${CASE_TYPE_LABELS[c.code as CaseType]?.vi.toLowerCase() ?? c.code}: ${c.count}`)
    .join('; ');
  const figures = FIGURE_KEYS.filter((k) => stats.figures[k] !== undefined).map(
    (k) => `- ${FIGURES[k].vi}: ${amount(stats.figures[k]!)} ${FIGURES[k].unit}.`,
  );
  return {
    heading: 'II. SỐ LIỆU VỀ NGƯỜI VIỆT NAM Ở NƯỚC NGOÀI',
    paragraphs: [
      {
        text: `1. Cơ sở dữ liệu ghi nhận ${amount(stats.persons.total)} người Việt Nam ở nước ngoài có quê quán hoặc do địa phương cung cấp; đông nhất tại: ${top || 'chưa có số liệu'}.`,
      },
      { text: `2. Theo diện: ${categories || 'chưa có số liệu'}.` },
      {
        text: `3. Chuyên gia, trí thức kiều bào có hồ sơ chuyên gia: ${amount(stats.experts.total)}; hội đoàn, hội thân nhân: ${stats.associations.total}.`,
      },
      {
        text: `4. Vụ việc bảo hộ công dân tiếp nhận trong năm: ${stats.cases.receivedInYear}${cases ? ` (tổng số theo loại: ${cases})` : ''}.`,
      },
      { text: '5. Số liệu các cơ quan, đơn vị báo cáo:' },
      ...(figures.length ? figures : ['- Chưa có số liệu được chấp nhận.']).map((text) => ({
        text,
        level: 2 as const,
      })),
      { text: 'Chi tiết tại các Phụ lục kèm theo.' },
    ],
  };
}

function assessmentSection(plan: Plan): ReportDocument['sections'][number] {
  const lagging = plan.completeness.filter((c) => c.accepted < c.assigned);
  return {
    heading: 'III. ĐÁNH GIÁ CHUNG, TỒN TẠI VÀ KIẾN NGHỊ',
    paragraphs: [
      {
        text: `1. Đã có ${plan.accepted}/${plan.assignments} lượt nhiệm vụ được các cơ quan, đơn vị báo cáo và được chấp nhận.`,
      },
      {
        text: lagging.length
          ? `2. Các cơ quan, đơn vị chưa hoàn thành báo cáo: ${lagging.map((c) => `${c.agencyName} (${c.accepted}/${c.assigned})`).join('; ')}.`
          : '2. Các cơ quan, đơn vị đã báo cáo đầy đủ các nhiệm vụ được giao.',
      },
      { text: '3. Kiến nghị, đề xuất: (bổ sung trước khi ban hành).' },
    ],
  };
}

/** The report on a plan from its tasks, the accepted reports and the year's statistics. */
export function annualReportContent(plan: Plan, stats: Statistics, options: ReportOptions): ReportDocument {
  const planRef = `Kế hoạch số ${plan.number} ngày ${dayText(plan.issuedOn)} của ${plan.issuer}`;
  return {
    issuerAbove: plan.issuer.toUpperCase(),
    issuer: options.coordinator.toUpperCase(),
    number: `Số: ${options.number}`,
    placeAndDate: placeAndDate(options.place, options.day),
    title: 'BÁO CÁO',
    subtitle: `Kết quả thực hiện ${planRef} năm ${plan.year}`,
    intro: `Thực hiện ${planRef} (${plan.title}), trên cơ sở báo cáo của các cơ quan, đơn vị, ${options.coordinator} tổng hợp, báo cáo kết quả thực hiện năm ${plan.year} như sau:`,
    sections: [resultsSection(plan), figuresSection(stats), assessmentSection(plan)],
    recipients: [
      'Bộ Ngoại giao (Ủy ban Nhà nước về người Việt Nam ở nước ngoài);',
      `${plan.issuer};`,
      'Các cơ quan, đơn vị có liên quan;',
      'Lưu: VT.',
    ],
    signerTitle: options.signerTitle.toUpperCase(),
    signerName: options.signerName,
  };
}
