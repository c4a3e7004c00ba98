import type { Role } from '../../src/domain/auth/roles';
import type { DedupeRecord } from '../../src/domain/duplicates/scorePair';
import type { FieldSpec, RegisterSpec } from '../../src/domain/registers/registerSpec';

/**
 * The users tests start from — username, role, province — for `t.createUser(...USERS.ctOfficer)`:
 * Cần Thơ (92) and Hải Phòng (31), and the Ministry's administrator and viewer.
 */
export const USERS = {
  ctOfficer: ['ct.officer', 'province_officer', '92'],
  ctAdmin: ['ct.admin', 'province_admin', '92'],
  ctViewer: ['ct.viewer', 'viewer', '92'],
  ctAgency: ['ct.agency', 'agency_officer', '92'],
  hpOfficer: ['hp.officer', 'province_officer', '31'],
  hpAdmin: ['hp.admin', 'province_admin', '31'],
  hnOfficer: ['hn.officer', 'province_officer', '01'],
  ministry: ['bo.admin', 'national_admin', null],
  nationalViewer: ['bo.viewer', 'viewer', null],
} as const satisfies Record<string, readonly [string, Role, string | null]>;

/**
 * Request bodies of valid records, one builder per kind, for tests to start from and override.
 * Values are plain Cần Thơ examples; nothing depends on today's date.
 */

/** A record as duplicate detection weighs it: Nguyễn Thị Lan, born 12/5/1970, of Cần Thơ, in the US. */
export const dedupeRecord = (overrides: Partial<DedupeRecord> = {}): DedupeRecord => ({
  id: 'x',
  fullName: 'Nguyễn Thị Lan',
  aliases: [],
  sex: 'female',
  birthDate: { year: 1970, month: 5, day: 12 },
  hometownProvinceCode: '92',
  hometownCommuneCode: null,
  residenceCountry: 'US',
  residenceCity: null,
  phones: [],
  emails: [],
  documentHashes: [],
  relatives: [],
  ...overrides,
});

/** An event of Cần Thơ (sự kiện), as the events register takes it: a Tết gathering on one day. */
export const eventBody = (title: string, overrides: object = {}) => ({
  provinceCode: '92',
  title,
  kind: 'tet_gathering',
  mode: 'on_site',
  startOn: '2027-01-20',
  endOn: '2027-01-20',
  ...overrides,
});

/** Đại sứ quán Việt Nam tại Nhật Bản: a mission whose consular district is Japan. */
export const missionBody = (overrides: object = {}) => ({
  code: 'TOKYO',
  kind: 'embassy',
  name: 'Đại sứ quán Việt Nam tại Nhật Bản',
  nameEn: 'Embassy of Viet Nam in Japan',
  seatCountry: 'JP',
  city: 'Tokyo',
  countries: ['JP'],
  ...overrides,
});

export const personBody = (overrides: object = {}) => ({
  fullName: 'Nguyễn Thị Lan',
  sex: 'female',
  birthDate: { year: 1985, month: 3 },
  residenceCountry: 'US',
  residenceCity: 'San Jose',
  hometownText: 'Cần Thơ',
  phones: ['(+1) 408-555-1234'],
  ...overrides,
});

export const associationBody = (overrides: object = {}) => ({
  kind: 'overseas',
  name: 'Hội người Việt Nam tại Osaka',
  country: 'JP',
  city: 'Osaka',
  fields: ['business', 'cultural'],
  ...overrides,
});

export const expertProfileBody = (overrides: object = {}) => ({
  degree: 'doctor',
  fields: ['agriculture.aquaculture'],
  employer: 'Đại học Queensland',
  languages: ['en'],
  willingness: ['teach'],
  ...overrides,
});

export const needBody = (overrides: object = {}) => ({
  agency: 'Trường Đại học Cần Thơ',
  title: 'Giảng viên thỉnh giảng ngành nuôi trồng thủy sản',
  fields: ['agriculture.aquaculture'],
  languages: ['en'],
  ...overrides,
});

export const caseBody = (overrides: object = {}) => ({
  country: 'TW',
  type: 'arrest_detention',
  urgency: 'high',
  title: 'Lao động bị tạm giữ tại Đài Trung',
  summary: 'Gia đình báo tin anh bị tạm giữ sau khi rời nơi làm việc.',
  ...overrides,
});

export const returneeBody = (personId: string, overrides: object = {}) => ({
  personId,
  returnedOn: '2026-10-02',
  fromCountry: 'MY',
  reason: 'contract_end',
  ...overrides,
});

/** Cần Thơ's Kế hoạch 38/KH-UBND; tasks without content get one. */
export const planBody = (tasks: Record<string, unknown>[], overrides: object = {}) => ({
  number: '38/KH-UBND',
  issuedOn: '2025-02-21',
  issuer: 'Ủy ban nhân dân thành phố Cần Thơ',
  title: 'Kế hoạch công tác người Việt Nam ở nước ngoài năm 2025',
  legalBases: ['Nghị quyết số 36-NQ/TW ngày 26/3/2004'],
  year: 2025,
  reportDueOn: '2025-10-30',
  tasks: tasks.map((task) => ({ content: 'Giải quyết thủ tục quốc tịch, hộ tịch', ...task })),
  ...overrides,
});

export const reportBody = (overrides: object = {}) => ({
  progress: 'in_progress',
  content: 'Đã tiếp nhận và giải quyết hồ sơ của kiều bào.',
  ...overrides,
});

/** The records a register's reference fields point at. */
export interface RegisterRefs {
  person?: string;
  association?: string;
  business?: string;
  agreement?: string;
}

/** A value for a register field, of its kind. */
export function registerFieldValue(field: FieldSpec, refs: RegisterRefs): unknown {
  switch (field.kind) {
    case 'text':
    case 'longText':
      return `${field.label.vi} mẫu`;
    case 'date':
      return field.name.startsWith('end') ||
        field.name.startsWith('expires') ||
        field.name === 'resolvedOn' ||
        field.name === 'grantedOn'
        ? '2026-12-31'
        : '2026-01-15';
    case 'integer':
      return 120;
    case 'money':
      return { amount: 150_000_000_00, currency: 'USD' };
    case 'country':
      return 'JP';
    case 'countries':
      return ['JP', 'KR'];
    case 'enum':
      return Object.keys(field.options!)[0];
    case 'enums':
      return [Object.keys(field.options!)[0]];
    case 'tags':
      return ['Ông Nguyễn Văn Tư, Phó Giám đốc Sở Ngoại vụ'];
    case 'person':
      return refs.person;
    case 'persons':
      return [refs.person];
    case 'association':
      return refs.association;
    case 'business':
      return refs.business;
    case 'agreements':
      return [refs.agreement];
  }
}

/** A record of a register with every field filled (a business reference only once one exists). */
export const registerRecordBody = (spec: RegisterSpec, refs: RegisterRefs) =>
  Object.fromEntries(
    spec.fields.filter((f) => f.kind !== 'business' || refs.business).map((f) => [f.name, registerFieldValue(f, refs)]),
  );

/** The Ministry's request for a year's report: two figures and two text sections, due after TEST_NOW. */
export const reportingRequestBody = (overrides: object = {}) => ({
  number: '125/UBNV-VP',
  title: 'Kết quả thực hiện công tác người Việt Nam ở nước ngoài năm 2026',
  issuedOn: '2026-11-15',
  dueOn: '2026-12-15',
  year: 2026,
  figureKeys: ['events_held', 'procedures_handled'],
  sections: ['Kết quả nổi bật', 'Khó khăn, kiến nghị'],
  ...overrides,
});
