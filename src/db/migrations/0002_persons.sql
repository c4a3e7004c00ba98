-- Person registry: overseas Vietnamese (người Việt Nam ở nước ngoài), their identity documents,
-- relatives in Việt Nam, and the history of every change.
CREATE TABLE person (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  full_name text NOT NULL,
  aliases jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- Search forms (see src/domain/persons/personName.ts): the normalised name, its words and those of
  -- the aliases (order-insensitive exact search), and the sorted words (typo-tolerant trigram search).
  name_search text NOT NULL,
  name_words text[] NOT NULL,
  name_key text NOT NULL,
  sex text CHECK (sex IN ('male', 'female', 'other')),
  birth_year integer,
  birth_month integer CHECK (birth_month BETWEEN 1 AND 12),
  birth_day integer CHECK (birth_day BETWEEN 1 AND 31),
  nationalities text[] NOT NULL DEFAULT '{}',
  residence_country text REFERENCES country (code),
  residence_city text,
  address_abroad text,
  hometown_text text,
  hometown_province_code text REFERENCES province (code),
  hometown_legacy_province_code text REFERENCES legacy_province (code),
  categories text[] NOT NULL DEFAULT '{}',
  education_level text,
  occupation text,
  expertise text[] NOT NULL DEFAULT '{}',
  expertise_search text[] NOT NULL DEFAULT '{}',
  phones text[] NOT NULL DEFAULT '{}',
  emails text[] NOT NULL DEFAULT '{}',
  notes text,
  source_province_code text REFERENCES province (code),
  source_agency text,
  source_association text,
  source_date date,
  consent_status text NOT NULL DEFAULT 'unknown' CHECK (consent_status IN ('unknown', 'given', 'refused', 'withdrawn')),
  consent_date date,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by integer REFERENCES app_user (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by integer REFERENCES app_user (id),
  deleted_at timestamptz,
  deleted_by integer REFERENCES app_user (id),
  CONSTRAINT person_birth_day_needs_month CHECK (birth_day IS NULL OR birth_month IS NOT NULL),
  CONSTRAINT person_birth_month_needs_year CHECK (birth_month IS NULL OR birth_year IS NOT NULL)
);
CREATE INDEX person_name_words ON person USING gin (name_words);
CREATE INDEX person_name_key_trgm ON person USING gin (name_key gin_trgm_ops);
CREATE INDEX person_name_order ON person (name_search, id);
CREATE INDEX person_updated_order ON person (updated_at DESC, id);
CREATE INDEX person_residence_country ON person (residence_country);
CREATE INDEX person_hometown_province ON person (hometown_province_code);
CREATE INDEX person_source_province ON person (source_province_code);
CREATE INDEX person_birth_year ON person (birth_year);
CREATE INDEX person_categories ON person USING gin (categories);
CREATE INDEX person_expertise ON person USING gin (expertise_search);
CREATE INDEX person_phones ON person USING gin (phones);

-- Identity numbers are encrypted (AES-256-GCM); exact lookup goes through a keyed hash (HMAC-SHA-256).
CREATE TABLE person_identity_document (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  position integer NOT NULL,
  type text NOT NULL CHECK (type IN ('passport', 'national_id', 'residence_card', 'other')),
  number_encrypted text NOT NULL,
  number_hash text NOT NULL,
  number_last4 text NOT NULL,
  issuing_country text NOT NULL REFERENCES country (code)
);
CREATE INDEX person_identity_document_person ON person_identity_document (person_id);
CREATE INDEX person_identity_document_hash ON person_identity_document (number_hash);

-- Thân nhân: relatives in Việt Nam.
CREATE TABLE person_relative (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  position integer NOT NULL,
  full_name text NOT NULL,
  relationship text NOT NULL,
  phone text,
  address text,
  province_code text REFERENCES province (code)
);
CREATE INDEX person_relative_person ON person_relative (person_id);

-- Who changed which field from what to what, version by version.
CREATE TABLE person_change (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  version integer NOT NULL,
  action text NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore')),
  changed_at timestamptz NOT NULL DEFAULT now(),
  changed_by integer REFERENCES app_user (id),
  changes jsonb NOT NULL DEFAULT '[]'::jsonb
);
CREATE INDEX person_change_person ON person_change (person_id, id);
