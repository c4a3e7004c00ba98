-- Chuyên gia, trí thức: an expert's profile on a person of the registry; the needs the province's
-- agencies post (a university wanting lecturers in aquaculture); the outreach to experts.
-- Field, language and willingness codes are those of src/domain/experts/expertFields.ts.
CREATE TABLE expert_profile (
  person_id uuid PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
  degree text CHECK (degree IN ('bachelor', 'engineer', 'master', 'doctor', 'associate_professor', 'professor', 'other')),
  fields text[] NOT NULL,
  employer text,
  position text,
  publications jsonb NOT NULL DEFAULT '[]'::jsonb, -- [{ title, url, year }]
  languages text[] NOT NULL DEFAULT '{}',
  willingness text[] NOT NULL DEFAULT '{}',
  notes text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by integer REFERENCES app_user (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by integer REFERENCES app_user (id)
);
CREATE INDEX expert_profile_fields ON expert_profile USING gin (fields);

-- Nhu cầu của địa phương. The agency is named as it names itself until agencies have records.
CREATE TABLE local_need (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  province_code text NOT NULL REFERENCES province (code),
  agency text NOT NULL,
  title text NOT NULL,
  title_search text NOT NULL,
  description text,
  fields text[] NOT NULL,
  languages text[] NOT NULL DEFAULT '{}',
  willingness text[] NOT NULL DEFAULT '{}',
  deadline date,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by integer REFERENCES app_user (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by integer REFERENCES app_user (id)
);
CREATE INDEX local_need_province ON local_need (province_code, status);

CREATE TABLE expert_contact (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  need_id uuid REFERENCES local_need (id) ON DELETE SET NULL,
  contacted_on date NOT NULL,
  channel text NOT NULL CHECK (channel IN ('email', 'phone', 'meeting', 'online', 'event', 'letter', 'other')),
  summary text NOT NULL,
  outcome text NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending', 'interested', 'agreed', 'declined', 'no_answer')),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by integer REFERENCES app_user (id)
);
CREATE INDEX expert_contact_person ON expert_contact (person_id, contacted_on DESC);
CREATE INDEX expert_contact_need ON expert_contact (need_id) WHERE need_id IS NOT NULL;
