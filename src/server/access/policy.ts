import { sql, type RawBuilder, type SqlBool } from 'kysely';
import {
  ACCESS_RULES,
  decide,
  isVisible,
  recordProvinces,
  jurisdictionOf,
  roleMay,
  type Action,
  type Entity,
  type PolicyUser,
  type RecordScope,
} from '../../domain/access/accessPolicy';
import { unitOfRole, type Role } from '../../domain/auth/roles';
import { hasConsent } from '../consent/consentConditions';
import { forbidden, notFound, outsideJurisdiction } from '../http/errors';
import { fieldError } from '../http/validationError';

/**
 * The server's face of the access policy (src/domain/access/accessPolicy.ts): "may this user do
 * this to this record" (`mayDo`, `assertMayDo`) and "which rows may they see" (`visibleRows`, the
 * same rules as a query condition). Routes and services ask these; nothing else decides.
 */
export { jurisdictionOf };

export function mayDo(user: PolicyUser, action: Action, entity: Entity, record?: RecordScope): boolean {
  return decide(user, action, entity, record) === 'allow';
}

/**
 * Refuses what the policy refuses: 404 for a record the user may not know of (its existence is
 * itself sensitive), 403 otherwise; both name the record's provinces for the refusal's audit.
 */
export function assertMayDo(user: PolicyUser, action: Action, entity: Entity, record?: RecordScope): void {
  const decision = decide(user, action, entity, record);
  if (decision === 'allow') return;
  if (decision === 'hide') throw notFound(recordProvinces(record!));
  // Refused by the role, or a record reaching into another province (a pair of two provinces' persons).
  throw roleMay(user.role, action, entity) ? outsideJurisdiction(recordProvinces(record!)) : forbidden();
}

/**
 * A record the user may know of, or 404 naming its provinces (for the refusal's audit); what they
 * may do to it is asked of the policy too, by the route's guard or `assertMayDo`.
 */
export function assertInSight(user: PolicyUser, entity: Entity, record: RecordScope): void {
  if (!isVisible(user, entity, record)) throw notFound(recordProvinces(record));
}

/** Whether the user sees every record of the entity in their jurisdiction, not only those assigned or their agency's. */
export const seesEvery = (user: PolicyUser, entity: Entity) => ACCESS_RULES[entity].seesAll?.(user.role) ?? true;

/**
 * The records of a person: its hometown and source provinces, its hometown commune and, where the
 * row says, its country of residence and whether it agreed to sharing (a row that does not say is
 * outside a commune's or a mission's sight).
 */
export const ofPerson = (row: {
  hometown_province_code: string | null;
  source_province_code: string | null;
  hometown_commune_code?: string | null;
  residence_country?: string | null;
  sharing_given?: boolean;
}): RecordScope => ({
  provinces: [row.hometown_province_code, row.source_province_code],
  communes: [row.hometown_commune_code],
  ...(row.sharing_given === undefined
    ? {}
    : { abroad: { country: row.residence_country ?? null, sharing: row.sharing_given } }),
});

/** Whether the person of the row (`alias`) agreed to sharing, as the `sharing_given` that `ofPerson` reads. */
export const sharingGiven = (alias: string) =>
  sql<boolean>`${hasConsent('sharing', `${alias}.id`)}`.as('sharing_given');

/** Another user as the policy sees them, from their account row (an assignee, say). */
export const policyUserOf = (row: {
  id: number;
  role: Role;
  province_code: string | null;
  agency_id: string | null;
  commune_code: string | null;
  mission_id: string | null;
  mission_countries: string[] | null;
}): PolicyUser => ({
  id: row.id,
  role: row.role,
  provinceCode: row.province_code,
  agencyId: row.agency_id,
  communeCode: row.commune_code,
  mission: row.mission_id ? { id: row.mission_id, countries: row.mission_countries ?? [] } : null,
});

/** A record kept by one province. */
export const ofProvince = (provinceCode: string | null | undefined): RecordScope => ({ provinces: [provinceCode] });

const trueCondition = sql<SqlBool>`true`;

/**
 * The rows of an entity the user may see, as a condition on the table's alias (`p` persons, `r`
 * relatives, `c` cases, else the one given). Jurisdiction first, then assignment for cases.
 */
export function visibleRows(user: PolicyUser, entity: Entity, alias: string): RawBuilder<SqlBool> {
  const scope = jurisdictionOf(user);
  const column = (name: string) => sql.ref(`${alias}.${name}`);
  const inProvince = scope === null ? trueCondition : provinceCondition(entity, scope, column);
  const inScope = unitOfRole(user.role)
    ? sql<SqlBool>`(${inProvince} and ${unitCondition(user, entity, alias)})`
    : inProvince;
  if (ACCESS_RULES[entity].scope === 'assigned' && !ACCESS_RULES[entity].seesAll?.(user.role)) {
    return sql<SqlBool>`(${column('assigned_to')} = ${user.id} and ${inScope})`;
  }
  return inScope;
}

function provinceCondition(entity: Entity, scope: string, column: (name: string) => RawBuilder<unknown>) {
  switch (entity) {
    case 'person':
    case 'expert':
      return sql<SqlBool>`(${column('hometown_province_code')} = ${scope} or ${column('source_province_code')} = ${scope})`;
    case 'relative':
      // Living in the province, or linked to a person of it.
      return sql<SqlBool>`(${column('province_code')} = ${scope} or exists (
        select from person_relative l join person lp on lp.id = l.person_id
        where l.relative_id = ${column('id')} and (lp.hometown_province_code = ${scope} or lp.source_province_code = ${scope})
      ))`;
    case 'duplicatePair':
      // Both of its records (every part, as `decide` says).
      return sql<SqlBool>`(${personInProvince(column('person_a'), scope)} and ${personInProvince(column('person_b'), scope)})`;
    case 'importBatch':
      return sql<SqlBool>`${column('source_province_code')} = ${scope}`;
    case 'auditLog':
      return sql<SqlBool>`${scope} = any(${column('province_codes')})`;
    case 'contactRelease':
      return sql<SqlBool>`(${column('need_province_code')} = ${scope} or ${column('expert_province_code')} = ${scope})`;
    case 'referral':
      return sql<SqlBool>`(${column('from_province_code')} = ${scope} or ${column('to_province_code')} = ${scope})`;
    default:
      return sql<SqlBool>`${column('province_code')} = ${scope}`;
  }
}

/** What a commune's or a mission's user sees of an entity, as `inUnit` in the policy says (else nothing). */
function unitCondition(user: PolicyUser, entity: Entity, alias: string) {
  const unit = unitOfRole(user.role);
  if (unit && ACCESS_RULES[entity].units?.[unit] === 'province') return sql<SqlBool>`true`;
  const column = (name: string) => sql.ref(`${alias}.${name}`);
  const commune = unitOfRole(user.role) === 'commune' ? user.communeCode : null;
  const mission = unitOfRole(user.role) === 'mission' ? user.mission : null;
  if (commune && entity === 'person') return sql<SqlBool>`${column('hometown_commune_code')} = ${commune}`;
  if (commune && entity === 'relative')
    return sql<SqlBool>`(${column('commune_code')} = ${commune} or exists (
      select from person_relative l join person lp on lp.id = l.person_id
      where l.relative_id = ${column('id')} and lp.hometown_commune_code = ${commune}))`;
  if (mission && entity === 'person')
    return sql<SqlBool>`(${column('residence_country')} = any(${[...mission.countries]}::text[])
      and ${hasConsent('sharing', `${alias}.id`)})`;
  if (mission && entity === 'case') return sql<SqlBool>`${column('mission_id')} = ${mission.id}`;
  if (mission && entity === 'referral')
    return sql<SqlBool>`(${column('from_mission_id')} = ${mission.id} or ${column('to_mission_id')} = ${mission.id})`;
  return sql<SqlBool>`false`;
}

const personInProvince = (id: RawBuilder<unknown>, scope: string) =>
  sql<SqlBool>`exists (select from person x where x.id = ${id}
    and (x.hometown_province_code = ${scope} or x.source_province_code = ${scope}))`;

/**
 * The cases referred to the user's unit (a province, a mission) and not refused: the receiver reads
 * them, the holder alone changes them. None for a national user, who sees every case anyway.
 */
export function referredCases(user: PolicyUser, alias: string): RawBuilder<SqlBool> {
  const province = jurisdictionOf(user);
  const mission = unitOfRole(user.role) === 'mission' ? user.mission : null;
  const receiver = mission
    ? sql<SqlBool>`f.to_mission_id = ${mission.id}`
    : province && !unitOfRole(user.role)
      ? sql<SqlBool>`f.to_province_code = ${province}`
      : null;
  if (!receiver || !ACCESS_RULES.case.seesAll?.(user.role)) return sql<SqlBool>`false`;
  return sql<SqlBool>`exists (select from referral f where f.case_id = ${sql.ref(`${alias}.id`)}
    and f.status <> 'rejected' and ${receiver})`;
}

/**
 * The pairs a province user is told of but may not review: one record in their province, the other
 * not (the Ministry's to decide). None for a national user, who sees them all.
 */
export function crossingPairs(user: PolicyUser, alias: string): RawBuilder<SqlBool> {
  const scope = jurisdictionOf(user);
  if (scope === null) return sql<SqlBool>`false`;
  const [a, b] = [
    personInProvince(sql.ref(`${alias}.person_a`), scope),
    personInProvince(sql.ref(`${alias}.person_b`), scope),
  ];
  return sql<SqlBool>`((${a}) <> (${b}))`;
}

/**
 * The province a list is limited to: the user's own (asking for another is refused, not silently
 * narrowed), else the one asked for, else null for all.
 */
export function listProvince(user: PolicyUser, requested: string | null | undefined): string | null {
  const scope = jurisdictionOf(user);
  if (scope && requested && requested !== scope) throw outsideJurisdiction(requested);
  return scope ?? requested ?? null;
}

/**
 * The province a new or changed record is kept by: a province user's own (another is refused),
 * else the one a national user chose (required).
 */
export function keepingProvince(user: PolicyUser, requested: string | null, path = 'provinceCode') {
  const code = listProvince(user, requested);
  if (!code) throw fieldError(path, 'required');
  return code;
}
