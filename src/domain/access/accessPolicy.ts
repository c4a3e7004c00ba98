import { can, unitOfRole, type Permission, type Role } from '../auth/roles';

/**
 * The access policy: whether a user may do an action to a record of an entity, from the role's
 * permissions (roles.ts), the jurisdiction (a province user acts within their province) and, for
 * some entities, assignment (cases) or the agency (plan tasks). The server asks this, and the row
 * conditions in src/server/access/ are the same rules written as SQL; nothing else decides.
 */
export const ENTITIES = [
  'person',
  'relative',
  'association',
  'expert',
  'need',
  'case',
  'returnee',
  'plan',
  'task',
  'agency',
  'register',
  'importBatch',
  'duplicatePair',
  'user',
  'auditLog',
  'mailMessage',
  'portalRequest',
  'reportingRequest',
  'reportingResponse',
  'referral',
  'contactRelease',
  'statistics',
] as const;
export type Entity = (typeof ENTITIES)[number];

export const ACTIONS = ['read', 'list', 'change', 'delete', 'export'] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * How a record belongs to a jurisdiction:
 * - `province`: to each province it names (a person: hometown and source), seen when one is the user's;
 * - `everyProvince`: as `province` to be known of, but read or changed only when all its parts are the user's (a duplicate
 *   pair crossing into another province is for the Ministry);
 * - `assigned`: as `province`, and, for one who does not manage them, assigned to the user (cases);
 * - `agency`: as `province`, and, for an agency's user, one their agency leads or works on (plan tasks).
 */
type ScopeKind = 'province' | 'everyProvince' | 'assigned' | 'agency';

/** A unit below the province: a commune officer sees their commune's, a mission officer its district's. */
type Unit = 'commune' | 'mission';

interface EntityRule {
  /** The permission each action needs; an action absent is not offered for the entity. */
  actions: Partial<Record<Action, Permission>>;
  scope: ScopeKind;
  /**
   * The units whose users may see records of the entity at all: `own`, those of their unit (by the
   * record's `communes`, `abroad`, `missions`); `province`, as the province's other users do (a
   * commune's committee reports on the plan tasks given to it, as an agency).
   */
  units?: Partial<Record<Unit, 'own' | 'province'>>;
  /** Who sees every record of the jurisdiction (`assigned`, `agency`), not only their own. */
  seesAll?: (role: Role) => boolean;
}

const registry = (read: Permission, write: Permission, exportAs?: Permission) => ({
  actions: { read, list: read, change: write, delete: write, ...(exportAs ? { export: exportAs } : {}) },
});

export const ACCESS_RULES: Readonly<Record<Entity, EntityRule>> = {
  person: {
    ...registry('persons.read', 'persons.write', 'persons.export'),
    scope: 'province',
    units: { commune: 'own', mission: 'own' },
  },
  relative: { ...registry('persons.read', 'persons.write'), scope: 'province', units: { commune: 'own' } },
  association: { ...registry('associations.read', 'associations.write', 'persons.export'), scope: 'province' },
  expert: { ...registry('experts.read', 'experts.write', 'persons.export'), scope: 'province' },
  need: { actions: { read: 'needs.write', list: 'needs.write', change: 'needs.write' }, scope: 'province' },
  case: {
    actions: { read: 'cases.work', list: 'cases.work', change: 'cases.work' },
    scope: 'assigned',
    seesAll: (role) => can(role, 'cases.manage'),
    units: { mission: 'own' },
  },
  returnee: { actions: { read: 'persons.read', list: 'persons.read', change: 'persons.write' }, scope: 'province' },
  plan: {
    actions: { read: 'plans.read', list: 'plans.read', change: 'plans.manage' },
    scope: 'province',
    units: { commune: 'province' },
  },
  task: {
    actions: { read: 'plans.read', list: 'plans.read', change: 'plans.report' },
    scope: 'agency',
    seesAll: (role) => can(role, 'plans.manage') || role === 'viewer',
    units: { commune: 'province' },
  },
  agency: { actions: { read: 'plans.read', list: 'plans.read', change: 'agencies.manage' }, scope: 'province' },
  register: { ...registry('affairs.read', 'affairs.write'), scope: 'province' },
  importBatch: {
    actions: { read: 'persons.import', list: 'persons.import', change: 'persons.import', delete: 'imports.rollback' },
    scope: 'province',
  },
  duplicatePair: {
    actions: { read: 'duplicates.review', list: 'duplicates.review', change: 'duplicates.review' },
    scope: 'everyProvince',
  },
  user: { actions: { read: 'users.manage', list: 'users.manage', change: 'users.manage' }, scope: 'province' },
  auditLog: { actions: { read: 'audit.read', list: 'audit.read' }, scope: 'province' },
  mailMessage: { actions: { read: 'outbox.read', list: 'outbox.read' }, scope: 'province' },
  // What kiều bào ask on the portal: for those who change records to read and settle.
  portalRequest: {
    actions: { read: 'portal.review', list: 'portal.review', change: 'portal.review' },
    scope: 'province',
  },
  // The Ministry's request is known to the provinces it asks; changing it (and deciding on the
  // answers) is the Ministry's. A province prepares and sends its own response.
  reportingRequest: {
    actions: { read: 'reporting.read', list: 'reporting.read', change: 'reporting.issue' },
    scope: 'province',
  },
  reportingResponse: {
    actions: { read: 'reporting.read', list: 'reporting.read', change: 'reporting.respond' },
    scope: 'province',
  },
  // A referral is known to both its ends; sending one is for who may, deciding on it for the receiver's managers.
  referral: {
    actions: { read: 'cases.work', list: 'cases.work', change: 'referrals.send' },
    scope: 'province',
    units: { mission: 'own' },
  },
  // Known to the need's province (which asks) and the expert's (which decides).
  contactRelease: {
    actions: { read: 'needs.write', list: 'needs.write', change: 'experts.write' },
    scope: 'province',
  },
  statistics: { actions: { read: 'statistics.read', list: 'statistics.read' }, scope: 'province' },
};

export interface PolicyUser {
  id: number;
  role: Role;
  /** The one province of a province user; null for national users. */
  provinceCode: string | null;
  agencyId: string | null;
  /** A commune officer's commune (2025 code); a commune officer without one sees nothing. */
  communeCode?: string | null;
  /** A mission officer's mission and the countries of its consular district; without one, nothing. */
  mission?: { id: string; countries: readonly string[] } | null;
}

/** Where a record belongs: its provinces, and whom it is assigned to or which agencies it concerns. */
export interface RecordScope {
  provinces: readonly (string | null | undefined)[];
  assignedTo?: number | null;
  agencyIds?: readonly (string | null)[];
  /** The records it is made of (a duplicate pair: its two persons), for `everyProvince`. */
  parts?: readonly RecordScope[];
  /** The 2025 communes it belongs to (a person: the hometown's), for a commune officer. */
  communes?: readonly (string | null | undefined)[];
  /** Where the person lives abroad and whether they agreed to sharing, for a mission officer. */
  abroad?: { country: string | null; sharing: boolean };
  /** The missions that hold it or were referred it (a case, a referral). */
  missions?: readonly (string | null)[];
}

/** `allow`; `forbid` (403: the user may know of the record but not do this); `hide` (404: not theirs to know of). */
export type Decision = 'allow' | 'forbid' | 'hide';

/** The province a user acts within, or null for all (Ministry and national viewers). */
export const jurisdictionOf = (user: Pick<PolicyUser, 'provinceCode'>): string | null => user.provinceCode;

/** Whether the role may do the action to the entity at all, whatever the record. */
export function roleMay(role: Role, action: Action, entity: Entity): boolean {
  const permission = ACCESS_RULES[entity].actions[action];
  return permission !== undefined && can(role, permission);
}

/** Every province a record names, its parts' included. */
export const recordProvinces = (record: RecordScope) => [
  ...record.provinces,
  ...(record.parts ?? []).flatMap((part) => part.provinces),
];

/**
 * Whether a record is within a commune's or a mission's sight, for their users (others: true). A
 * record that does not say where it belongs is outside: a narrower unit never sees by default.
 */
function inUnit(user: PolicyUser, entity: Entity, record: RecordScope): boolean {
  const unit = unitOfRole(user.role);
  if (unit === null) return true;
  const sight = ACCESS_RULES[entity].units?.[unit];
  if (!sight) return false;
  if (sight === 'province') return true;
  if (unit === 'commune') return !!user.communeCode && (record.communes ?? []).includes(user.communeCode);
  const mission = user.mission;
  if (!mission) return false;
  if ((record.missions ?? []).includes(mission.id)) return true;
  const abroad = record.abroad;
  return !!abroad?.sharing && abroad.country !== null && mission.countries.includes(abroad.country);
}

/** Whether a record of the entity is in the user's sight (jurisdiction, unit, then assignment or agency). */
export function isVisible(user: PolicyUser, entity: Entity, record: RecordScope): boolean {
  const rule = ACCESS_RULES[entity];
  const scope = jurisdictionOf(user);
  if (scope !== null && !recordProvinces(record).includes(scope)) return false;
  if (!inUnit(user, entity, record)) return false;
  if (rule.seesAll?.(user.role) !== false) return true;
  if (rule.scope === 'assigned') return record.assignedTo === user.id;
  return user.agencyId !== null && (record.agencyIds ?? []).includes(user.agencyId);
}

/** The decision on one record; without one, on the entity as a whole (a list, a new record). */
export function decide(user: PolicyUser, action: Action, entity: Entity, record?: RecordScope): Decision {
  if (record && !isVisible(user, entity, record)) return 'hide';
  if (!roleMay(user.role, action, entity)) return 'forbid';
  const everyPart = record?.parts ?? [];
  const partOutside = everyPart.some((part) => !isVisible(user, entity, part));
  if (ACCESS_RULES[entity].scope === 'everyProvince' && partOutside) return 'forbid';
  return 'allow';
}
