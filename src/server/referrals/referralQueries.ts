import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { PolicyUser } from '../../domain/access/accessPolicy';
import { can, unitOfRole } from '../../domain/auth/roles';
import type { Referral, ReferralUnit } from '../../domain/referrals/referralSchemas';
import { findProvince } from '../../domain/reference/resolveProvince';
import { jurisdictionOf, visibleRows } from '../access/policy';
import { presentRow } from '../records/presentRow';

/** The referrals a user may see (the policy's rows: either end theirs), newest first, with names. */
export function referralsQuery(db: Kysely<DB>, user: PolicyUser) {
  return db
    .selectFrom('referral as f')
    .innerJoin('person as p', 'p.id', 'f.person_id')
    .innerJoin('person_consent as pc', 'pc.id', 'f.consent_id')
    .leftJoin('protection_case as c', 'c.id', 'f.case_id')
    .leftJoin('mission as fm', 'fm.id', 'f.from_mission_id')
    .leftJoin('mission as tm', 'tm.id', 'f.to_mission_id')
    .leftJoin('app_user as cu', 'cu.id', 'f.created_by')
    .leftJoin('app_user as du', 'du.id', 'f.decided_by')
    .selectAll('f')
    .select([
      'p.full_name as person_name',
      'c.code as case_code',
      'fm.name as from_mission_name',
      'fm.seat_country as from_mission_country',
      'tm.name as to_mission_name',
      'cu.display_name as created_by_name',
      'du.display_name as decided_by_name',
      'pc.decided_on as consent_decided_on',
      'pc.channel as consent_channel',
    ])
    .where(visibleRows(user, 'referral', 'f'))
    .orderBy('f.created_at', 'desc')
    .orderBy('f.id');
}

export type ReferralRow = Awaited<ReturnType<ReturnType<typeof referralsQuery>['executeTakeFirstOrThrow']>>;

const unit = (province: string | null, mission: string | null, missionName: string | null): ReferralUnit =>
  mission
    ? { kind: 'mission', id: mission, name: missionName ?? mission }
    : { kind: 'province', id: province!, name: findProvince(province!)?.name ?? province! };

/** Whether the user speaks for the referral's receiver: its mission's officer, or its province's (no narrower unit). */
export function isReceiver(user: PolicyUser, row: Pick<ReferralRow, 'to_mission_id' | 'to_province_code'>) {
  if (unitOfRole(user.role) === 'mission') return !!user.mission && row.to_mission_id === user.mission.id;
  return !unitOfRole(user.role) && jurisdictionOf(user) !== null && row.to_province_code === jurisdictionOf(user);
}

export function toReferral(row: ReferralRow, user: PolicyUser): Referral {
  const receives = isReceiver(user, row) && can(user.role, 'cases.manage');
  return {
    ...presentRow(row, [
      'id',
      'code',
      'subject',
      'case_id',
      'case_code',
      'person_id',
      'person_name',
      'reason',
      'returned_on',
      'status',
      'decision_note',
      'outcome',
      'returnee_id',
      'version',
    ]),
    from: unit(row.from_province_code, row.from_mission_id, row.from_mission_name),
    to: unit(row.to_province_code, row.to_mission_id, row.to_mission_name),
    consent: { id: row.consent_id, decidedOn: row.consent_decided_on, channel: row.consent_channel },
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by_name,
    decidedAt: row.decided_at?.toISOString() ?? null,
    decidedBy: row.decided_by_name,
    completedAt: row.completed_at?.toISOString() ?? null,
    mayDecide: receives && row.status === 'pending',
    mayComplete: receives && row.status === 'accepted',
  };
}
