-- Foundation: reference data (provinces, countries), users, sessions, audit log.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The 34 provincial units in force since 1 July 2025.
CREATE TABLE province (
  code text PRIMARY KEY,
  name text NOT NULL,
  name_en text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('city', 'province'))
);

-- The 63 provincial units in force until 30 June 2025 and the 2025 unit each became part of.
CREATE TABLE legacy_province (
  code text PRIMARY KEY,
  name text NOT NULL,
  new_code text NOT NULL REFERENCES province (code)
);

CREATE TABLE country (
  code text PRIMARY KEY CHECK (code ~ '^[A-Z]{2}$'),
  name_vi text NOT NULL,
  name_en text NOT NULL
);

CREATE TABLE app_user (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username text NOT NULL UNIQUE CHECK (username = lower(username)),
  display_name text NOT NULL,
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('national_admin', 'province_admin', 'province_officer', 'agency_officer', 'viewer')),
  province_code text REFERENCES province (code),
  is_active boolean NOT NULL DEFAULT true,
  must_change_password boolean NOT NULL DEFAULT true,
  failed_login_count integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  last_login_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  -- Ministry staff work nationally; everyone else but a viewer belongs to exactly one province.
  CONSTRAINT app_user_jurisdiction CHECK (
    CASE role
      WHEN 'national_admin' THEN province_code IS NULL
      WHEN 'viewer' THEN true
      ELSE province_code IS NOT NULL
    END
  )
);

CREATE TABLE user_session (
  token_hash text PRIMARY KEY,
  user_id integer NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX user_session_user ON user_session (user_id);

CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  user_id integer REFERENCES app_user (id),
  username text,
  action text NOT NULL,
  entity_type text,
  entity_id text,
  province_code text,
  ip text,
  details jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_log_at ON audit_log (at DESC, id DESC);
CREATE INDEX audit_log_user ON audit_log (user_id, at DESC);
CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id);
CREATE INDEX audit_log_province ON audit_log (province_code, at DESC);

-- The audit log is evidence: rows are only ever added.
CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
