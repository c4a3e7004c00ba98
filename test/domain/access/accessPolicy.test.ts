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
// province admin, province officer, agency officer, viewer.
const EXPECTED: Record<Entity, [string, string, string, string, string]> = {
  person: ['rlcde', 'rlcde', 'rlcde', '', 'rl'],
  relative: ['rlcd', 'rlcd', 'rlcd', '', 'rl'],
  association: ['rlcde', 'rlcde', 'rlcde', 'rl', 'rl'],
  expert: ['rlcde', 'rlcde', 'rlcde', '', 'rl'],
  need: ['rlc', 'rlc', 'rlc', 'rlc', ''],
  case: ['rlc', 'rlc', 'rlc', '', ''],
  returnee: ['rlc', 'rlc', 'rlc', '', 'rl'],
  plan: ['rlc', 'rlc', 'rlc', 'rl', 'rl'],
  task: ['rlc', 'rlc', 'rlc', 'rlc', 'rl'],
  agency: ['rlc', 'rlc', 'rl', 'rl', 'rl'],
  register: ['rlcd', 'rlcd', 'rlcd', 'rl', 'rl'],
  importBatch: ['rlcd', 'rlcd', 'rlc', '', ''],
  duplicatePair: ['rlc', 'rlc', 'rlc', '', ''],
  user: ['rlc', 'rlc', '', '', ''],
  auditLog: ['rl', 'rl', '', '', ''],
  mailMessage: ['rl', 'rl', '', '', ''],
  portalRequest: ['rlc', 'rlc', 'rlc', '', ''],
  reportingRequest: ['rlc', 'rl', 'rl', '', 'rl'],
  reportingResponse: ['rl', 'rlc', 'rlc', '', 'rl'],
  statistics: ['rl', 'rl', 'rl', '', 'rl'],
};
const LETTER: Record<Action, string> = { read: 'r', list: 'l', change: 'c', delete: 'd', export: 'e' };

const CAN_THO = '92';
const HA_NOI = '01';
const AGENCY = 'agency-a';

const userOf = (role: Role, provinceCode: string | null): PolicyUser => ({
  id: 7,
  role,
  provinceCode,
  agencyId: role === 'agency_officer' ? AGENCY : null,
});

/** Each role as it comes: the Ministry's administrator and a national viewer have no province. */
const USERS = ROLES.map((role) => userOf(role, role === 'national_admin' || role === 'viewer' ? null : CAN_THO));

/** A record of Cần Thơ that a worker of it would have in hand: assigned to them, of their agency. */
const ownRecord = (province: string): RecordScope => ({
  provinces: [province],
  assignedTo: 7,
  agencyIds: [AGENCY],
  parts: [{ provinces: [province] }, { provinces: [province] }],
});

const cases = ENTITIES.flatMap((entity) =>
  USERS.flatMap((user, column) => ACTIONS.map((action) => ({ entity, user, action, column }))),
);

describe('the access policy, every role × entity × action', () => {
  it.each(cases)('$user.role $action $entity', ({ entity, user, action, column }) => {
    const allowed = EXPECTED[entity][column]!.includes(LETTER[action]);
    const asRole: Decision = allowed ? 'allow' : 'forbid';
    expect(decide(user, action, entity)).toBe(asRole);
    expect(decide(user, action, entity, ownRecord(CAN_THO))).toBe(asRole);
    // Another province's record: unknown to a province user (404), the Ministry's as any other.
    const national = user.provinceCode === null;
    expect(decide(user, action, entity, ownRecord(HA_NOI))).toBe(national ? asRole : 'hide');
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
