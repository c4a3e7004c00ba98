import { dayText } from '../calendar/dayText';
import { amount, placeAndDate, type ReportDocument } from '../plans/annualReport';
import { FIGURES, isFigureKey } from '../plans/figures';
import { RESPONSE_STATUS_LABELS } from './reportingStatus';
import type { ReportingRequest, Response } from './reportingSchemas';

export interface NationalReportOptions {
  /** Số: the document's number, "…/BC-UBNV" until the office gives one. */
  number: string;
  /** The day of the report, yyyy-mm-dd. */
  day: string;
  signerName: string;
}

type ProvinceResponse = Response & { provinceName: string };

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];
/** What the Ministry counts: the responses it accepted or approved. */
const counted = (r: Response) => r.status === 'accepted' || r.status === 'approved';
const figureLabel = (key: string) => (isFigureKey(key) ? `${FIGURES[key].vi} (${FIGURES[key].unit})` : key);
const names = (responses: readonly ProvinceResponse[]) => responses.map((r) => r.provinceName).join(', ');

function completenessSection(
  responses: readonly ProvinceResponse[],
  dueOn: string,
): ReportDocument['sections'][number] {
  const sent = responses.filter((r) => r.status === 'submitted' || counted(r));
  const missing = responses.filter((r) => !sent.includes(r));
  const late = sent.filter((r) => r.onTime === false);
  return {
    heading: 'I. TÌNH HÌNH BÁO CÁO CỦA CÁC TỈNH, THÀNH PHỐ',
    paragraphs: [
      {
        text: `1. Đã đề nghị ${responses.length} tỉnh, thành phố báo cáo trước ngày ${dayText(dueOn)}; ${sent.length} tỉnh, thành phố đã gửi báo cáo (${sent.length - late.length} đúng hạn), trong đó ${responses.filter(counted).length} báo cáo đã được tiếp nhận hoặc phê duyệt.`,
      },
      { text: `2. Gửi muộn: ${late.length ? names(late) : 'không có'}.` },
      { text: `3. Chưa gửi hoặc đang bổ sung: ${missing.length ? names(missing) : 'không có'}.` },
    ],
  };
}

function figuresSection(request: ReportingRequest, included: readonly ProvinceResponse[]) {
  const paragraphs = request.figureKeys.map((key) => {
    const reporting = included.filter((r) => typeof r.figures[key] === 'number');
    const total = reporting.reduce((sum, r) => sum + r.figures[key]!, 0);
    return {
      text: `- ${FIGURES[key].vi}: ${amount(total)} ${FIGURES[key].unit} (${reporting.length} tỉnh, thành phố).`,
    };
  });
  return {
    heading: 'II. SỐ LIỆU TỔNG HỢP',
    paragraphs: [...paragraphs, { text: 'Chi tiết theo từng tỉnh, thành phố tại Phụ lục I kèm theo.' }],
  };
}

function textSections(request: ReportingRequest, included: readonly ProvinceResponse[]) {
  return request.sections.map((title, i) => ({
    heading: `${ROMAN[i + 2] ?? i + 3}. ${title.toUpperCase()}`,
    paragraphs: included.flatMap((r) => [
      { text: r.provinceName, level: 1 as const },
      ...(r.sections[i] ?? '')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => ({ text: line })),
    ]),
  }));
}

/** Phụ lục I: every province asked, its status and figures (those counted), and the total. */
function figuresAnnex(request: ReportingRequest, responses: readonly ProvinceResponse[], number: string) {
  const cellOf = (r: ProvinceResponse, key: string) =>
    counted(r) && typeof r.figures[key] === 'number' ? amount(r.figures[key]) : '';
  const totals = request.figureKeys.map((key) =>
    amount(responses.filter(counted).reduce((sum, r) => sum + (r.figures[key] ?? 0), 0)),
  );
  return {
    heading: 'Phụ lục I',
    title: `SỐ LIỆU THEO TỈNH, THÀNH PHỐ (Kèm theo Báo cáo số ${number})`,
    columns: ['STT', 'Tỉnh, thành phố', 'Tình trạng báo cáo', ...request.figureKeys.map(figureLabel)],
    rows: [
      ...responses.map((r, i) => [
        String(i + 1),
        r.provinceName,
        RESPONSE_STATUS_LABELS[r.status].vi,
        ...request.figureKeys.map((key) => cellOf(r, key)),
      ]),
      ['', 'Tổng cộng', '', ...totals],
    ],
  };
}

/**
 * The Ministry's consolidated report on a request (Nghị định 30/2020/NĐ-CP layout): how the
 * provinces reported, the figures added up over the responses it accepted or approved, each text
 * section province by province, and the figures of every province in an annex.
 */
export function nationalReportContent(
  request: ReportingRequest,
  responses: readonly ProvinceResponse[],
  options: NationalReportOptions,
): ReportDocument {
  const included = responses.filter(counted);
  const number = options.number || '…/BC-UBNV';
  return {
    issuerAbove: 'BỘ NGOẠI GIAO',
    issuer: 'ỦY BAN NHÀ NƯỚC VỀ NGƯỜI VIỆT NAM Ở NƯỚC NGOÀI',
    number: `Số: ${number}`,
    placeAndDate: placeAndDate('Hà Nội', options.day),
    title: 'BÁO CÁO',
    subtitle: `Tổng hợp báo cáo của các tỉnh, thành phố: ${request.title}`,
    intro: `Thực hiện văn bản số ${request.number} ngày ${dayText(request.issuedOn)} đề nghị các tỉnh, thành phố báo cáo ${request.title.charAt(0).toLowerCase()}${request.title.slice(1)}, trên cơ sở báo cáo của ${included.length}/${responses.length} tỉnh, thành phố, Ủy ban Nhà nước về người Việt Nam ở nước ngoài tổng hợp như sau:`,
    sections: [
      completenessSection(responses, request.dueOn),
      figuresSection(request, included),
      ...textSections(request, included),
    ],
    recipients: ['Lãnh đạo Bộ Ngoại giao;', 'Ủy ban nhân dân các tỉnh, thành phố;', 'Lưu: VT.'],
    signerTitle: 'CHỦ NHIỆM',
    signerName: options.signerName,
    annexes: [figuresAnnex(request, responses, number)],
  };
}
