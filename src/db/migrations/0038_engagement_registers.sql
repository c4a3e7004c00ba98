-- The registers the seeds name beside the first ten (issue 21), kept like them (0017): one table
-- each, the province's, with the search text, a version for optimistic changes, and soft deletion.
-- Their fields are described once in src/domain/registers/engagementRegisters.ts.

-- Học bổng ngoài Hiệp định: granted by the province at a partner locality's request.
CREATE TABLE scholarship (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  province_code text NOT NULL REFERENCES province (code),
  name text NOT NULL,
  requester text NOT NULL,
  country text NOT NULL REFERENCES country (code),
  year integer NOT NULL,
  institution text,
  places integer,
  awarded integer,
  funding_amount bigint,
  funding_currency text,
  levels text[] NOT NULL DEFAULT '{}',
  status text NOT NULL CHECK (status IN ('requested', 'granted', 'declined')),
  notes text,
  search text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by integer REFERENCES app_user (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by integer REFERENCES app_user (id),
  deleted_at timestamptz,
  CONSTRAINT scholarship_funding CHECK ((funding_amount IS NULL) = (funding_currency IS NULL))
);
CREATE INDEX scholarship_province ON scholarship (province_code, year DESC) WHERE deleted_at IS NULL;

-- Dự án hợp tác với các tỉnh của Lào, Campuchia.
CREATE TABLE neighbour_project (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  province_code text NOT NULL REFERENCES province (code),
  name text NOT NULL,
  partner text NOT NULL,
  country text NOT NULL REFERENCES country (code),
  kind text NOT NULL CHECK (kind IN ('road', 'park', 'equipment', 'office', 'other')),
  cost_amount bigint,
  cost_currency text,
  start_on date,
  end_on date,
  status text NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'cancelled')),
  outcomes text,
  search text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by integer REFERENCES app_user (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by integer REFERENCES app_user (id),
  deleted_at timestamptz,
  CONSTRAINT neighbour_project_check_1 CHECK ((cost_amount IS NULL) = (cost_currency IS NULL)),
  CONSTRAINT neighbour_project_check_2 CHECK (start_on <= end_on)
);
CREATE INDEX neighbour_project_province ON neighbour_project (province_code, start_on DESC) WHERE deleted_at IS NULL;

-- Lớp bồi dưỡng nghiệp vụ đối ngoại.
CREATE TABLE training_course (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  province_code text NOT NULL REFERENCES province (code),
  title text NOT NULL,
  organiser text,
  topics text[] NOT NULL DEFAULT '{}',
  start_on date NOT NULL,
  end_on date NOT NULL,
  location text,
  participants integer,
  status text NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'cancelled')),
  search text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by integer REFERENCES app_user (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by integer REFERENCES app_user (id),
  deleted_at timestamptz,
  CONSTRAINT training_course_check_1 CHECK (start_on <= end_on)
);
CREATE INDEX training_course_province ON training_course (province_code, start_on DESC) WHERE deleted_at IS NULL;

-- Hợp tác lao động với địa phương nước ngoài.
CREATE TABLE labour_cooperation (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  province_code text NOT NULL REFERENCES province (code),
  partner text NOT NULL,
  country text NOT NULL REFERENCES country (code),
  kind text NOT NULL CHECK (kind IN ('seasonal', 'contract')),
  sectors text[] NOT NULL DEFAULT '{}',
  workers integer,
  start_on date,
  agreement_ids uuid[] NOT NULL DEFAULT '{}',
  status text NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'cancelled')),
  notes text,
  search text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by integer REFERENCES app_user (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by integer REFERENCES app_user (id),
  deleted_at timestamptz
);
CREATE INDEX labour_cooperation_province ON labour_cooperation (province_code, start_on DESC) WHERE deleted_at IS NULL;

-- Đối tác thương mại theo quốc gia.
CREATE TABLE trade_partner (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  province_code text NOT NULL REFERENCES province (code),
  country text NOT NULL REFERENCES country (code),
  year integer NOT NULL,
  exports_amount bigint,
  exports_currency text,
  imports_amount bigint,
  imports_currency text,
  products text[] NOT NULL DEFAULT '{}',
  key_partners text,
  notes text,
  search text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by integer REFERENCES app_user (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by integer REFERENCES app_user (id),
  deleted_at timestamptz,
  CONSTRAINT trade_partner_check_1 CHECK ((exports_amount IS NULL) = (exports_currency IS NULL)),
  CONSTRAINT trade_partner_check_2 CHECK ((imports_amount IS NULL) = (imports_currency IS NULL))
);
CREATE INDEX trade_partner_province ON trade_partner (province_code, year DESC) WHERE deleted_at IS NULL;

-- Phóng viên, truyền thông của kiều bào về thăm.
CREATE TABLE media_visit (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  province_code text NOT NULL REFERENCES province (code),
  outlet text NOT NULL,
  country text REFERENCES country (code),
  start_on date NOT NULL,
  end_on date NOT NULL,
  journalists text[] NOT NULL DEFAULT '{}',
  person_ids uuid[] NOT NULL DEFAULT '{}',
  programme text,
  coverage text,
  search text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by integer REFERENCES app_user (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by integer REFERENCES app_user (id),
  deleted_at timestamptz,
  CONSTRAINT media_visit_check_1 CHECK (start_on <= end_on)
);
CREATE INDEX media_visit_province ON media_visit (province_code, start_on DESC) WHERE deleted_at IS NULL;

-- Chức sắc tôn giáo là kiều bào về thăm.
CREATE TABLE religious_visit (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  province_code text NOT NULL REFERENCES province (code),
  leader text NOT NULL,
  religion text NOT NULL CHECK (religion IN ('buddhism', 'catholicism', 'protestantism', 'caodaism', 'hoa_hao', 'other')),
  country text REFERENCES country (code),
  start_on date NOT NULL,
  end_on date NOT NULL,
  person_ids uuid[] NOT NULL DEFAULT '{}',
  activities text,
  search text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by integer REFERENCES app_user (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by integer REFERENCES app_user (id),
  deleted_at timestamptz,
  CONSTRAINT religious_visit_check_1 CHECK (start_on <= end_on)
);
CREATE INDEX religious_visit_province ON religious_visit (province_code, start_on DESC) WHERE deleted_at IS NULL;

-- Người có công với cách mạng đang định cư ở nước ngoài: personal data, kept like a person's.
CREATE TABLE merit_abroad (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  province_code text NOT NULL REFERENCES province (code),
  full_name text NOT NULL,
  person_id uuid REFERENCES person (id),
  country text REFERENCES country (code),
  merit text NOT NULL CHECK (merit IN ('revolution', 'resistance', 'defence', 'international_duty')),
  regime text,
  status text NOT NULL CHECK (status IN ('reviewing', 'receiving', 'stopped')),
  search text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by integer REFERENCES app_user (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by integer REFERENCES app_user (id),
  deleted_at timestamptz
);
CREATE INDEX merit_abroad_province ON merit_abroad (province_code, full_name) WHERE deleted_at IS NULL;
