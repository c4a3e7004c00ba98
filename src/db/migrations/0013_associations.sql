-- Hội thân nhân (associations of the relatives of people abroad, in a province) and hội đoàn
-- (associations of Vietnamese abroad: business, students, professions, religion, culture, media).
-- An association's record is kept by one province (its jurisdiction); its members are persons of
-- the registry, its leaders named as its papers name them (a relatives' association's leaders live
-- in Việt Nam and are not persons abroad).
CREATE TABLE association (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('relatives', 'overseas')),
  name text NOT NULL,
  name_search text NOT NULL,
  province_code text NOT NULL REFERENCES province (code),
  country text REFERENCES country (code),
  city text,
  fields text[] NOT NULL DEFAULT '{}',
  founded_on date,
  description text,
  address text,
  phones text[] NOT NULL DEFAULT '{}',
  emails text[] NOT NULL DEFAULT '{}',
  website text,
  leaders jsonb NOT NULL DEFAULT '[]'::jsonb, -- [{ name, title, phone, email }]
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by integer REFERENCES app_user (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by integer REFERENCES app_user (id),
  deleted_at timestamptz,
  CONSTRAINT association_overseas_has_country CHECK (kind = 'relatives' OR country IS NOT NULL)
);
-- One record per association in a province: the same name twice is one association entered twice.
CREATE UNIQUE INDEX association_name_once ON association (province_code, kind, name_search) WHERE deleted_at IS NULL;
CREATE INDEX association_name_search ON association USING gin (name_search gin_trgm_ops);
CREATE INDEX association_country ON association (country);

CREATE TABLE association_member (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  association_id uuid NOT NULL REFERENCES association (id) ON DELETE CASCADE,
  person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('chair', 'vice_chair', 'secretary', 'treasurer', 'board', 'member')),
  joined_on date,
  left_on date,
  note text,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by integer REFERENCES app_user (id),
  CONSTRAINT association_member_dates CHECK (left_on IS NULL OR joined_on IS NULL OR joined_on <= left_on)
);
CREATE INDEX association_member_association ON association_member (association_id);
CREATE INDEX association_member_person ON association_member (person_id);

-- Which records each association supplied: persons it sent (through the person form or an import),
-- and the import batches it sent.
ALTER TABLE person ADD COLUMN source_association_id uuid REFERENCES association (id);
CREATE INDEX person_source_association ON person (source_association_id) WHERE source_association_id IS NOT NULL;
ALTER TABLE import_batch ADD COLUMN association_id uuid REFERENCES association (id);
CREATE INDEX import_batch_association ON import_batch (association_id) WHERE association_id IS NOT NULL;
