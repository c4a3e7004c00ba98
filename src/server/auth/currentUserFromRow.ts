import { ROLES, type Role } from '../../domain/auth/roles';
import type { CurrentUser } from '../../domain/auth/authSchemas';
import { presentRow } from '../records/presentRow';

interface UserRow {
  id: number;
  username: string;
  display_name: string;
  role: string;
  province_code: string | null;
  agency_id: string | null;
  must_change_password: boolean;
  commune_code: string | null;
  mission_id: string | null;
  // Joined from the mission (accountsQuery); without them a mission officer is one of no mission, who sees nothing.
  mission_name?: string | null;
  mission_countries?: string[] | null;
}

export function toRole(value: string): Role {
  if (!(ROLES as readonly string[]).includes(value)) throw new Error(`unknown role in database: ${value}`);
  return value as Role;
}

export function currentUserFromRow(row: UserRow): CurrentUser {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: toRole(row.role),
    ...presentRow(row, ['province_code', 'agency_id', 'commune_code', 'must_change_password']),
    mission:
      row.mission_id && row.mission_name
        ? { id: row.mission_id, name: row.mission_name, countries: row.mission_countries ?? [] }
        : null,
  };
}
