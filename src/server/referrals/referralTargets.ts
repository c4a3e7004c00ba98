import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { ReferralInput } from '../../domain/referrals/referralSchemas';
import { unitOfRole } from '../../domain/auth/roles';
import { findProvince } from '../../domain/reference/resolveProvince';
import { forbidden } from '../http/errors';
import { fieldError } from '../http/validationError';
import { jurisdictionOf } from '../access/policy';
import type { ServiceContext } from '../serviceContext';

/** The two ends of a referral, as stored. */
export interface ReferralEnds {
  from_province_code: string | null;
  from_mission_id: string | null;
  to_province_code: string | null;
  to_mission_id: string | null;
}

/** The sender's unit: a mission officer's mission, a province user's province; nobody else sends. */
function senderOf(user: ServiceContext['actor']['user']) {
  if (unitOfRole(user.role) === 'mission' && user.mission)
    return { from_province_code: null, from_mission_id: user.mission.id };
  const province = jurisdictionOf(user);
  if (!unitOfRole(user.role) && province) return { from_province_code: province, from_mission_id: null };
  throw forbidden();
}

/**
 * Where a referral may go: between a mission and a province, one way or the other; a province
 * that is the person's (hometown or keeping), a mission whose district holds the country.
 */
export async function referralEnds(
  db: Kysely<DB>,
  ctx: ServiceContext,
  input: ReferralInput,
  facts: { personProvinces: readonly (string | null)[]; countries: readonly (string | null)[] },
): Promise<ReferralEnds> {
  const from = senderOf(ctx.actor.user);
  if (input.toProvinceCode) {
    if (!from.from_mission_id) throw fieldError('toProvinceCode', 'referralDirection');
    if (!findProvince(input.toProvinceCode)) throw fieldError('toProvinceCode', 'unknownProvince');
    if (!facts.personProvinces.includes(input.toProvinceCode)) throw fieldError('toProvinceCode', 'notHomeProvince');
    return { ...from, to_province_code: input.toProvinceCode, to_mission_id: null };
  }
  if (!from.from_province_code) throw fieldError('toMissionId', 'referralDirection');
  if (input.subject === 'returnee') throw fieldError('subject', 'returneeFromMission');
  const mission = await db
    .selectFrom('mission')
    .select(['id', 'countries'])
    .where('id', '=', input.toMissionId!)
    .where('is_active', '=', true)
    .executeTakeFirst();
  if (!mission) throw fieldError('toMissionId', 'missionRequired');
  if (!facts.countries.some((c) => c !== null && mission.countries.includes(c)))
    throw fieldError('toMissionId', 'outsideDistrict');
  return { ...from, to_province_code: null, to_mission_id: mission.id };
}
