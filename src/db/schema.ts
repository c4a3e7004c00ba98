import type { ColumnType, Generated } from 'kysely';

/** Table types for Kysely; the SQL in ./migrations is the source of truth. */

export interface ProvinceTable {
  code: string;
  name: string;
  name_en: string;
  kind: 'city' | 'province';
}

export interface LegacyProvinceTable {
  code: string;
  name: string;
  new_code: string;
}

export interface CountryTable {
  code: string;
  name_vi: string;
  name_en: string;
}

export interface AppUserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  password_hash: string;
  role: string;
  province_code: string | null;
  is_active: Generated<boolean>;
  must_change_password: Generated<boolean>;
  failed_login_count: Generated<number>;
  locked_until: Date | null;
  last_login_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface UserSessionTable {
  token_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: Generated<Date>;
  last_seen_at: Generated<Date>;
  expires_at: Date;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Generated<Date>;
  user_id: number | null;
  username: string | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  province_code: string | null;
  ip: string | null;
  details: ColumnType<Record<string, unknown>, string | undefined, string>;
}

export interface SchemaMigrationTable {
  version: number;
  name: string;
  applied_at: Generated<Date>;
}

export interface DB {
  province: ProvinceTable;
  legacy_province: LegacyProvinceTable;
  country: CountryTable;
  app_user: AppUserTable;
  user_session: UserSessionTable;
  audit_log: AuditLogTable;
  schema_migration: SchemaMigrationTable;
}
