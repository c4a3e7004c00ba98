import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  ENTITIES,
  decide,
  type Action,
  type Decision,
  type Entity,
  type PolicyUser,
  type RecordScope,
} from '../../../src/domain/access/accessPolicy';
import { ROLES, type Role } from '../../../src/domain/auth/roles';

// What each role may do to each entity, written out by hand from the organisation's rules (not
// from the policy's table): r read, l list, c change, d delete, e export. Columns: national admin,
// province admin, province officer, agency officer, commune officer, mission officer, viewer.
type Row = [string, string, string, string, string, string, string];
const EXPECTED: Record<Entity, Row> = {
  person: ['rlcde', 'rlcde', 'rlcde', '', 'rlcd', 'rl', 'rl'],
  relative: ['rlcd', 'rlcd', 'rlcd', '', 'rlcd', 'rl', 'rl'],
  association: ['rlcde', 'rlcde', 'rlcde', 'rl', '', '', 'rl'],
  expert: ['rlcde', 'rlcde', 'rlcde', '', '', '', 'rl'],
  need: ['rlc', 'rlc', 'rlc', 'rlc', '', '', ''],
  case: ['rlc', 'rlc', 'rlc', '', '', 'rlc', ''],
  returnee: ['rlc', 'rlc', 'rlc', '', 'rlc', 'rl', 'rl'],
  plan: ['rlc', 'rlc', 'rlc', 'rl', 'rl', '', 'rl'],
  task: ['rlc', 'rlc', 'rlc', 'rlc', 'rlc', '', 'rl'],
  agency: ['rlc', 'rlc', 'rl', 'rl', 'rl', '', 'rl'],
  register: ['rlcd', 'rlcd', 'rlcd', 'rl', '', '', 'rl'],
  importBatch: ['rlcd', 'rlcd', 'rlc', '', '', '', ''],
  duplicatePair: ['rlc', 'rlc', 'rlc', '', '', '', ''],
  user: ['rlc', 'rlc', '', '', '', '', ''],
  auditLog: ['rl', 'rl', '', '', '', '', ''],
  mailMessage: ['rl', 'rl', '', '', '', '', ''],
  portalRequest: ['rlc', 'rlc', 'rlc', '', '', '', ''],
  reportingRequest: ['rlc', 'rl', 'rl', '', '', '', 'rl'],
  reportingResponse: ['rl', 'rlc', 'rlc', '', '', '', 'rl'],
  referral: ['rlc', 'rlc', 'rlc', '', '', 'rlc', ''],
  contactRelease: ['rlc', 'rlc', 'rlc', 'rl', '', '', ''],
  statistics: ['rl', 'rl', 'rl', '', '', '', 'rl'],
};
// What a commune's and a mission's users may know of at all: everything else is unknown to them (404).
const UNIT_SIGHT: Partial<Record<Role, readonly Entity[]>> = {
  commune_officer: ['person', 'relative', 'plan', 'task'],
  mission_officer: ['person', 'case', 'referral'],
};
const LETTER: Record<Action, string> = { read: 'r', list: 'l', change: 'c', delete: 'd', export: 'e' };

const CAN_THO = '92';
const HA_NOI = '01';
const AGENCY = 'agency-a';
const NINH_KIEU = '31117';
const TOKYO = 'mission-tokyo';

const userOf = (role: Role, provinceCode: string | null): PolicyUser => ({
  id: 7,
  role,
  provinceCode,
  // A commune officer works in their commune committee's agency, which plan tasks are given to.
  agencyId: role === 'agency_officer' || role === 'commune_officer' ? AGENCY : null,
  communeCode: role === 'commune_officer' ? NINH_KIEU : null,
  mission: role === 'mission_officer' ? { id: TOKYO, countries: ['JP'] } : null,
});

/** Each role as it comes: the Ministry's administrator, a national viewer and a mission have no province. */
const NATIONAL_ROLES: readonly Role[] = ['national_admin', 'viewer', 'mission_officer'];
const USERS = ROLES.map((role) => userOf(role, NATIONAL_ROLES.includes(role) ? null : CAN_THO));

/**
 * A record of Cần Thơ that a worker of it would have in hand: assigned to them, of their agency,
 * of their commune, of a person in Japan who agreed to sharing, held by their mission.
 */
const ownRecord = (province: string): RecordScope => ({
  provinces: [province],
  assignedTo: 7,
  agencyIds: [AGENCY],
  parts: [{ provinces: [province] }, { provinces: [province] }],
  communes: [NINH_KIEU],
  abroad: { country: 'JP', sharing: true },
  missions: [TOKYO],
});

const cases = ENTITIES.flatMap((entity) =>
  USERS.flatMap((user, column) => ACTIONS.map((action) => ({ entity, user, action, column }))),
);

describe('the access policy, every role × entity × action', () => {
  it.each(cases)('$user.role $action $entity', ({ entity, user, action, column }) => {
    const allowed = EXPECTED[entity][column]!.includes(LETTER[action]);
    const asRole: Decision = allowed ? 'allow' : 'forbid';
    expect(decide(user, action, entity)).toBe(asRole);
    const sight = UNIT_SIGHT[user.role];
    const known = !sight || sight.includes(entity);
    expect(decide(user, action, entity, ownRecord(CAN_THO))).toBe(known ? asRole : 'hide');
    // Another province's record: unknown to a province user (404), the Ministry's as any other.
    const national = user.provinceCode === null;
    expect(decide(user, action, entity, ownRecord(HA_NOI))).toBe(national && known ? asRole : 'hide');
  });
});

describe('communes and missions abroad', () => {
  const communeOfficer = userOf('commune_officer', CAN_THO);
  const missionOfficer = userOf('mission_officer', null);
  const person = (over: Partial<RecordScope>): RecordScope => ({ provinces: [CAN_THO], ...over });

  it("shows a commune officer only their commune's persons, a record that names none to nobody", () => {
    expect(decide(communeOfficer, 'change', 'person', person({ communes: [NINH_KIEU] }))).toBe('allow');
    expect(decide(communeOfficer, 'read', 'person', person({ communes: ['31120'] }))).toBe('hide');
    expect(decide(communeOfficer, 'read', 'person', person({}))).toBe('hide');
    expect(decide(communeOfficer, 'read', 'person', { provinces: [HA_NOI], communes: [NINH_KIEU] })).toBe('hide');
  });

  it('shows a mission the persons of its countries who agreed to sharing, and its own cases', () => {
    const inJapan = { provinces: [HA_NOI], abroad: { country: 'JP', sharing: true } };
    expect(decide(missionOfficer, 'read', 'person', inJapan)).toBe('allow');
    expect(decide(missionOfficer, 'change', 'person', inJapan)).toBe('forbid');
    expect(decide(missionOfficer, 'read', 'person', { ...inJapan, abroad: { country: 'JP', sharing: false } })).toBe(
      'hide',
    );
    expect(decide(missionOfficer, 'read', 'person', { ...inJapan, abroad: { country: 'KR', sharing: true } })).toBe(
      'hide',
    );
    expect(decide(missionOfficer, 'read', 'person', { provinces: [HA_NOI] })).toBe('hide');
    expect(decide(missionOfficer, 'change', 'case', { provinces: [null], missions: [TOKYO] })).toBe('allow');
    expect(decide(missionOfficer, 'read', 'case', { provinces: [CAN_THO], missions: [null] })).toBe('hide');
    expect(decide({ ...missionOfficer, mission: null }, 'read', 'case', { provinces: [], missions: [TOKYO] })).toBe(
      'hide',
    );
  });
});

describe('assignment, agency and pairs', () => {
  const officer = userOf('province_officer', CAN_THO);
  const admin = userOf('province_admin', CAN_THO);
  const agencyOfficer = userOf('agency_officer', CAN_THO);

  it('shows an officer only the cases assigned to them, an administrator all of the province', () => {
    const othersCase = { provinces: [CAN_THO], assignedTo: 99 };
    expect(decide(officer, 'read', 'case', othersCase)).toBe('hide');
    expect(decide(officer, 'change', 'case', { ...othersCase, assignedTo: officer.id })).toBe('allow');
    expect(decide(admin, 'change', 'case', othersCase)).toBe('allow');
    // Moved away: assigned still, but of another province.
    expect(decide(officer, 'read', 'case', { provinces: [HA_NOI], assignedTo: officer.id })).toBe('hide');
  });

  it("shows an agency's user only its own tasks, the Sở Ngoại vụ and viewers every task", () => {
    const othersTask = { provinces: [CAN_THO], agencyIds: ['agency-b'] };
    expect(decide(agencyOfficer, 'read', 'task', othersTask)).toBe('hide');
    expect(decide(agencyOfficer, 'change', 'task', { ...othersTask, agencyIds: ['agency-b', AGENCY] })).toBe('allow');
    expect(decide(officer, 'read', 'task', othersTask)).toBe('allow');
    expect(decide(userOf('viewer', CAN_THO), 'read', 'task', othersTask)).toBe('allow');
  });

  it('leaves a pair crossing provinces to the Ministry (403), one of none of theirs unknown (404)', () => {
    const crossing = { provinces: [], parts: [{ provinces: [CAN_THO, null] }, { provinces: [HA_NOI, HA_NOI] }] };
    expect(decide(officer, 'read', 'duplicatePair', crossing)).toBe('forbid');
    expect(decide(officer, 'change', 'duplicatePair', crossing)).toBe('forbid');
    expect(decide(userOf('national_admin', null), 'change', 'duplicatePair', crossing)).toBe('allow');
    const elsewhere = { provinces: [], parts: [{ provinces: [HA_NOI] }, { provinces: [null, HA_NOI] }] };
    expect(decide(officer, 'read', 'duplicatePair', elsewhere)).toBe('hide');
    // A person of Cần Thơ by source only is Cần Thơ's.
    const bySource = { provinces: [], parts: [{ provinces: [HA_NOI, CAN_THO] }, { provinces: [CAN_THO] }] };
    expect(decide(officer, 'change', 'duplicatePair', bySource)).toBe('allow');
  });
});
