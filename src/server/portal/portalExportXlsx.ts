import ExcelJS from 'exceljs';
import { CONSENT_PURPOSE_LABELS } from '../../domain/consent/consentPurposes';
import { formatPartialDate } from '../../domain/persons/partialDate';
import type { PortalRecord } from '../../domain/portal/portalSchemas';
import { REQUEST_KIND_LABELS, REQUEST_STATUS_LABELS } from '../../domain/portalRequests/requestKinds';
import type { MyRequest } from '../../domain/portalRequests/requestSchemas';
import type { portalExport } from './portalService';

type Exported = Awaited<ReturnType<typeof portalExport>>;

/** The record's fields, in the portal's order, each as one line (both languages in the header). */
const RECORD_ROWS: [string, (r: PortalRecord) => string][] = [
  ['Họ và tên / Full name', (r) => r.fullName],
  ['Tên khác / Other names', (r) => r.otherNames.join('; ')],
  ['Giới tính / Sex', (r) => r.sex ?? ''],
  ['Ngày sinh / Date of birth', (r) => (r.birthDate ? formatPartialDate(r.birthDate) : '')],
  ['Quốc tịch / Nationalities', (r) => r.nationalities.join('; ')],
  ['Nước cư trú / Country of residence', (r) => r.residenceCountry ?? ''],
  ['Thành phố / City', (r) => r.residenceCity ?? ''],
  ['Địa chỉ / Address', (r) => r.addressAbroad ?? ''],
  ['Quê quán / Hometown', (r) => r.hometownText ?? ''],
  ['Trình độ / Education', (r) => r.educationLevel ?? ''],
  ['Nghề nghiệp / Occupation', (r) => r.occupation ?? ''],
  ['Chuyên môn / Expertise', (r) => r.expertise.join('; ')],
  ['Điện thoại / Phones', (r) => r.phones.join('; ')],
  ['Thư điện tử / E-mails', (r) => r.emails.join('; ')],
  ['Giấy tờ / Documents', (r) => r.identityDocuments.map((d) => `${d.type} ${d.number}`).join('; ')],
  ['Thân nhân / Relatives', (r) => r.relatives.map((x) => `${x.fullName} (${x.relationship})`).join('; ')],
];

function sheet(workbook: ExcelJS.Workbook, name: string, header: string[], rows: string[][]) {
  const added = workbook.addWorksheet(name);
  added.addRow(header).font = { bold: true };
  for (const row of rows) added.addRow(row);
  added.columns.forEach((column) => (column.width = 32));
}

/** The person's data as a workbook to keep: the record, every consent decision, who read it, the requests. */
export async function renderPortalExportXlsx(data: Exported, requests: readonly MyRequest[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cầu Nối';
  const record = data.record;
  sheet(
    workbook,
    'Hồ sơ',
    ['Mục / Field', 'Thông tin / Value'],
    record ? RECORD_ROWS.map(([label, value]) => [label, value(record)]) : [],
  );
  sheet(
    workbook,
    'Sự đồng ý',
    ['Mục đích / Purpose', 'Quyết định / Decision', 'Kênh / Channel', 'Phiên bản / Text version', 'Ngày / Date'],
    data.consents.map((c) => [
      CONSENT_PURPOSE_LABELS[c.purpose].vi,
      c.decision,
      c.channel,
      c.textVersion,
      c.decidedOn ?? c.recordedAt.slice(0, 10),
    ]),
  );
  sheet(
    workbook,
    'Lượt xem',
    ['Tháng / Month', 'Cơ quan / Reader', 'Số lần / Reads'],
    data.reads.map((r) => [r.month, r.reader.agencyName ?? r.reader.provinceCode ?? 'Bộ Ngoại giao', String(r.reads)]),
  );
  sheet(
    workbook,
    'Yêu cầu',
    ['Số / Reference', 'Loại / Kind', 'Trạng thái / Status', 'Ngày nhận / Received', 'Hạn / Due'],
    requests.map((q) => [
      q.reference,
      REQUEST_KIND_LABELS[q.kind].vi,
      REQUEST_STATUS_LABELS[q.status].vi,
      q.receivedAt.slice(0, 10),
      q.dueOn,
    ]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
