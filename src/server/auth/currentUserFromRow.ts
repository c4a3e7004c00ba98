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
    ...presentRow(row, ['province_code', 'agency_id', 'must_change_password']),
  };
}
