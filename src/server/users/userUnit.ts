import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { unitOfRole, type Role } from '../../domain/auth/roles';
import { fieldError } from '../http/validationError';
import { findCommune } from '../reference/adminUnits';

/**
 * The unit below the province an account belongs to, after the rules: a commune officer's is a
 * 2025 commune of their province, a mission officer's an active mission; any other role has none.
 */
export async function checkUserUnit(
  db: Kysely<DB>,
  role: Role,
  provinceCode: string | null,
  requested: { communeCode: string | null; missionId: string | null },
) {
  const unit = unitOfRole(role);
  if (unit === 'commune') {
    if (!requested.communeCode) throw fieldError('communeCode', 'communeRequired');
    if (findCommune(requested.communeCode)?.provinceCode !== provinceCode)
      throw fieldError('communeCode', 'communeUnknown');
  }
  if (unit === 'mission') {
    const mission = requested.missionId
      ? await db
          .selectFrom('mission')
          .select('id')
          .where('id', '=', requested.missionId)
          .where('is_active', '=', true)
          .executeTakeFirst()
      : undefined;
    if (!mission) throw fieldError('missionId', 'missionRequired');
  }
  return {
    commune_code: unit === 'commune' ? requested.communeCode : null,
    mission_id: unit === 'mission' ? requested.missionId : null,
  };
}
