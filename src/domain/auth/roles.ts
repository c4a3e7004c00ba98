import type { Text } from '../text/texts';

/**
 * Who may do what. Roles are fixed by the Ministry's organisation:
 * - national_admin: Bộ Ngoại giao (Ministry) administrator, all provinces;
 * - province_admin: Sở Ngoại vụ administrator of one province;
 * - province_officer: Sở Ngoại vụ staff of one province;
 * - agency_officer: staff of another provincial agency (sở, ban, ngành), limited modules;
 * - commune_officer: staff of a commune's people's committee (UBND xã, phường), the persons of their commune;
 * - mission_officer: staff of a mission abroad (cơ quan đại diện: embassy, consulate), the citizens of its district;
 * - viewer: read-only, national or one province.
 */
export const ROLES = [
  'national_admin',
  'province_admin',
  'province_officer',
  'agency_officer',
  'commune_officer',
  'mission_officer',
  'viewer',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, Text>> = {
  national_admin: { vi: 'Quản trị cấp Bộ', en: 'National administrator' },
  province_admin: { vi: 'Quản trị cấp tỉnh', en: 'Province administrator' },
  province_officer: { vi: 'Cán bộ Sở Ngoại vụ', en: 'Province officer' },
  agency_officer: { vi: 'Cán bộ sở, ban, ngành', en: 'Agency officer' },
  commune_officer: { vi: 'Cán bộ UBND xã, phường', en: 'Commune officer' },
  mission_officer: { vi: 'Cán bộ cơ quan đại diện ở nước ngoài', en: 'Mission officer' },
  viewer: { vi: 'Người xem', en: 'Viewer' },
};

export const PERMISSIONS = [
  'users.manage',
  'audit.read',
  // The outbox: what the system sent, or would have sent, by e-mail.
  'outbox.read',
  'dashboard.read',
  'persons.read',
  'persons.write',
  /** See identity numbers (passport, ID card) unmasked. */
  'persons.identity',
  /** Download the filtered person list as a file (bulk personal data: staff only, audited). */
  'persons.export',
  /** Đăng ký công dân: a mission registers a Vietnamese citizen of its district into the registry. */
  'persons.register',
  /** Counts and charts of the registry (aggregates of one's jurisdiction). */
  'statistics.read',
  /** Settle what kiều bào ask on the portal: corrections, additions, self-registrations. */
  'portal.review',
  /** Import province spreadsheets into the registry. */
  'persons.import',
  /** Roll a whole import batch back. */
  'imports.rollback',
  /** Review possible duplicates: merge, undo a merge, not a duplicate, defer. */
  'duplicates.review',
  /** Start a duplicate check of the whole registry (all provinces). */
  'duplicates.checkAll',
  /** Hội đoàn, hội thân nhân: see them; record and change them, their leaders and members. */
  'associations.read',
  'associations.write',
  /** Expert profiles (chuyên gia, trí thức) and outreach to them. */
  'experts.read',
  'experts.write',
  /** Post a local need for experts (an agency's) and see the experts it matches. */
  'needs.write',
  /** Citizen protection cases (bảo hộ công dân): work on the cases assigned to oneself. */
  'cases.work',
  /** See every case of one's jurisdiction and assign them; decide on the referrals one's unit receives. */
  'cases.manage',
  /** Chuyển tuyến: refer a case or a returnee between a mission abroad and a province. */
  'referrals.send',
  /** The province's yearly plans: see them (agency users: only their agency's tasks). */
  'plans.read',
  /** Write plans, review agencies' reports, send reminders, generate the consolidated report (Sở Ngoại vụ). */
  'plans.manage',
  /** Report on one's own agency's tasks. */
  'plans.report',
  /** Yêu cầu báo cáo: see the Ministry's reporting requests and the responses of one's jurisdiction. */
  'reporting.read',
  /** Issue reporting requests to provinces and review their responses: accept, return, approve and lock (the Ministry). */
  'reporting.issue',
  /** Prepare, consolidate and submit the province's response to a reporting request (Sở Ngoại vụ). */
  'reporting.respond',
  /** Keep the list of agencies (cơ quan, đơn vị). */
  'agencies.manage',
  /** Foreign affairs and engagement: agreements, delegations, NGO projects, businesses, events, donations, commendations. */
  'affairs.read',
  'affairs.write',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const PERSON_STAFF: readonly Permission[] = [
  'persons.read',
  'persons.write',
  'persons.identity',
  'persons.export',
  'persons.import',
  'statistics.read',
  'portal.review',
  'duplicates.review',
  'associations.read',
  'associations.write',
  'experts.read',
  'experts.write',
  'needs.write',
  'cases.work',
  'referrals.send',
  'plans.read',
  'plans.manage',
  'plans.report',
  'affairs.read',
  'affairs.write',
];

const GRANTS: Readonly<Record<Role, readonly Permission[]>> = {
  national_admin: [
    'users.manage',
    'audit.read',
    'outbox.read',
    'dashboard.read',
    'imports.rollback',
    'duplicates.checkAll',
    'cases.manage',
    'agencies.manage',
    'reporting.read',
    'reporting.issue',
    ...PERSON_STAFF,
  ],
  province_admin: [
    'users.manage',
    'audit.read',
    'outbox.read',
    'dashboard.read',
    'imports.rollback',
    'cases.manage',
    'agencies.manage',
    'reporting.read',
    'reporting.respond',
    ...PERSON_STAFF,
  ],
  province_officer: ['dashboard.read', 'reporting.read', 'reporting.respond', ...PERSON_STAFF],
  // Other agencies post their needs for experts and see who matches, without the registry itself.
  agency_officer: ['dashboard.read', 'associations.read', 'needs.write', 'plans.read', 'plans.report', 'affairs.read'],
  // The commune keeps its own people's records (with their relatives), nothing of the rest of the
  // province's registry; as a member of its committee's agency it reports on the plan tasks given to it.
  commune_officer: ['persons.read', 'persons.write', 'plans.read', 'plans.report'],
  // The mission registers citizens, handles protection first and refers cases home.
  mission_officer: ['persons.read', 'persons.register', 'cases.work', 'cases.manage', 'referrals.send'],
  viewer: [
    'dashboard.read',
    'persons.read',
    'statistics.read',
    'associations.read',
    'experts.read',
    'plans.read',
    'reporting.read',
    'affairs.read',
  ],
};

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

/** Roles whose holder belongs to exactly one province. */
export function roleNeedsProvince(role: Role): boolean {
  return role !== 'national_admin' && role !== 'viewer' && role !== 'mission_officer';
}

/** The unit below the province a role's holder belongs to (a commune, a mission abroad), if any. */
export function unitOfRole(role: Role): 'commune' | 'mission' | null {
  if (role === 'commune_officer') return 'commune';
  return role === 'mission_officer' ? 'mission' : null;
}

/** The roles a user may hand out: a province administrator cannot create Ministry accounts. */
export function assignableRoles(role: Role): readonly Role[] {
  if (role === 'national_admin') return ROLES;
  if (role === 'province_admin')
    return ['province_admin', 'province_officer', 'agency_officer', 'commune_officer', 'viewer'];
  return [];
}
