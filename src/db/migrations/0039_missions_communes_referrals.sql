-- Cơ quan đại diện Việt Nam ở nước ngoài (embassies, consulates general, consulates): units of the
-- Ministry abroad, each with the countries of its consular district. Its officers register
-- citizens and handle protection first; they see the persons residing in those countries who
-- agreed to sharing, and the cases the mission holds or was referred.
CREATE TABLE mission (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- A short code for its case numbers (BH-TOKYO-2026-0001).
  code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9]{1,15}$'),
  kind text NOT NULL CHECK (kind IN ('embassy', 'consulate_general', 'consulate', 'permanent_mission')),
  name text NOT NULL,
  name_en text NOT NULL,
  seat_country text NOT NULL REFERENCES country (code),
  city text NOT NULL,
  -- The countries of its consular district (the seat's country first): a mission may serve several.
  countries text[] NOT NULL CHECK (cardinality(countries) > 0),
  -- Where the district is part of a country (a consulate general's states or prefectures), as written.
  district_note text,
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (name)
);

-- Users belong to a unit: a commune officer (cán bộ UBND xã, phường) to a 2025 commune of their
-- province (the reference data's code, checked by the application), a mission officer to a mission.
ALTER TABLE app_user
  ADD COLUMN commune_code text,
  ADD COLUMN mission_id uuid REFERENCES mission (id),
  DROP CONSTRAINT app_user_role_check,
  ADD CONSTRAINT app_user_role_check CHECK (role IN (
    'national_admin', 'province_admin', 'province_officer', 'agency_officer', 'commune_officer', 'mission_officer', 'viewer'
  )),
  DROP CONSTRAINT app_user_jurisdiction,
  ADD CONSTRAINT app_user_jurisdiction CHECK (
    CASE role
      WHEN 'national_admin' THEN province_code IS NULL AND mission_id IS NULL
      WHEN 'viewer' THEN mission_id IS NULL
      WHEN 'mission_officer' THEN province_code IS NULL AND mission_id IS NOT NULL
      WHEN 'commune_officer' THEN province_code IS NOT NULL AND commune_code IS NOT NULL
      ELSE province_code IS NOT NULL AND mission_id IS NULL
    END
  ),
  ADD CONSTRAINT app_user_commune CHECK (commune_code IS NULL OR role = 'commune_officer');
CREATE INDEX app_user_mission ON app_user (mission_id) WHERE mission_id IS NOT NULL;

-- A case is held by a province or by a mission (exactly one); referrals lend it to another.
ALTER TABLE protection_case
  ALTER COLUMN province_code DROP NOT NULL,
  ADD COLUMN mission_id uuid REFERENCES mission (id),
  ADD CONSTRAINT protection_case_holder CHECK ((province_code IS NULL) <> (mission_id IS NULL));
CREATE INDEX protection_case_mission ON protection_case (mission_id, received_at DESC) WHERE mission_id IS NOT NULL;

-- A mission's cases are numbered per mission and year, as a province's are (protection_case_counter).
CREATE TABLE mission_case_counter (
  mission_id uuid NOT NULL REFERENCES mission (id),
  year integer NOT NULL,
  last integer NOT NULL,
  PRIMARY KEY (mission_id, year)
);

-- Đăng ký công dân: a mission registers a citizen with the consents on the signed registration
-- form, which the decision names (its number and date), as an import names its list.
ALTER TABLE person_consent
  DROP CONSTRAINT person_consent_channel_check,
  ADD CONSTRAINT person_consent_channel_check CHECK (channel IN ('portal', 'officer', 'import', 'consular', 'legacy')),
  ADD CONSTRAINT person_consent_consular_evidence CHECK (channel <> 'consular' OR evidence IS NOT NULL);

-- Chuyển tuyến (referral, as Primero models it): a mission refers a protection case or a returnee
-- to the home province, or a province to a mission. The receiver accepts or rejects (with a
-- reason), then records the outcome. The person's consent to sharing is checked when referring
-- and the consent row relied on is kept as proof.
CREATE TABLE referral (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL UNIQUE,
  subject text NOT NULL CHECK (subject IN ('case', 'returnee')),
  case_id uuid REFERENCES protection_case (id),
  person_id uuid NOT NULL REFERENCES person (id),
  from_province_code text REFERENCES province (code),
  from_mission_id uuid REFERENCES mission (id),
  to_province_code text REFERENCES province (code),
  to_mission_id uuid REFERENCES mission (id),
  reason text NOT NULL,
  -- A returnee's return, as the mission knows it.
  returned_on date,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected', 'completed')),
  consent_id bigint NOT NULL REFERENCES person_consent (id),
  decision_note text,
  outcome text,
  returnee_id uuid REFERENCES returnee (id),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by integer REFERENCES app_user (id),
  decided_at timestamptz,
  decided_by integer REFERENCES app_user (id),
  completed_at timestamptz,
  completed_by integer REFERENCES app_user (id),
  CHECK ((from_province_code IS NULL) <> (from_mission_id IS NULL)),
  CHECK ((to_province_code IS NULL) <> (to_mission_id IS NULL)),
  CHECK ((subject = 'case') = (case_id IS NOT NULL)),
  CHECK (status <> 'rejected' OR decision_note IS NOT NULL),
  CHECK (status <> 'completed' OR outcome IS NOT NULL)
);
CREATE INDEX referral_to_province ON referral (to_province_code, created_at DESC) WHERE to_province_code IS NOT NULL;
CREATE INDEX referral_to_mission ON referral (to_mission_id, created_at DESC) WHERE to_mission_id IS NOT NULL;
CREATE INDEX referral_case ON referral (case_id) WHERE case_id IS NOT NULL;
CREATE INDEX referral_person ON referral (person_id);

CREATE TABLE referral_counter (
  year integer PRIMARY KEY,
  last integer NOT NULL
);

-- A referral's steps are lines of its case's timeline.
ALTER TABLE protection_case_event
  DROP CONSTRAINT protection_case_event_kind,
  ADD CONSTRAINT protection_case_event_kind CHECK (kind IN (
    'created', 'status', 'reopened', 'assigned', 'referred', 'referral', 'note', 'task_added', 'task_done',
    'task_reopened', 'person_linked', 'person_unlinked', 'attachment', 'edited'
  ));
