-- Foreign affairs of the province and engagement with overseas Vietnamese (issue 8): cooperation
-- agreements, delegations, foreign NGO projects, businesses of overseas Vietnamese and their
-- investment projects, the catalogue of projects open to them, events with invitations, donations
-- and commendations. Every record is kept by one province (its jurisdiction), with a search form
-- of its names (src/domain/text/normalizeText.ts), a version for concurrent edits and a soft delete.
-- Money is in integer minor units of its currency (đồng have none, dollars cents).

CREATE TABLE agreement (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  province_code text NOT NULL REFERENCES province (code),
  partner text NOT NULL,
  partner_kind text NOT NULL CHECK (partner_kind IN ('locality', 'organisation')),
  country text NOT NULL REFERENCES country (code),
  level text NOT NULL CHECK (level IN ('province', 'department')),
  signing_agency text,
  title text NOT NULL,
  fields text[] NOT NULL DEFAULT '{}',
  status text NOT NULL CHECK (status IN ('planned', 'signed', 'renewal_planned', 'renewed', 'expired', 'terminated')),
  planned_on date,
  signed_on date,
  renewed_on date,
  expires_on date,
  summary text,
  search text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by integer REFERENCES app_user (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by integer REFERENCES app_user (id),
  deleted_at timestamptz
);

CREATE TABLE delegation (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  province_code text NOT NULL REFERENCES province (code),
  direction text NOT NULL CHECK (direction IN ('in', 'out')),
  title text NOT NULL,
  purpose text,
  countries text[] NOT NULL DEFAULT '{}',
  start_on date NOT NULL,
  end_on date NOT NULL,
  leader text,
  staff text[] NOT NULL DEFAULT '{}',
  person_ids uuid[] NOT NULL DEFAULT '{}',
  agreement_ids uuid[] NOT NULL DEFAULT '{}',
  status text NOT NULL CHECK (status IN ('planned', 'done', 'cancelled')),
  outcomes text,
  search text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by integer REFERENCES app_user (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by integer REFERENCES app_user (id),
  deleted_at timestamptz,
  CONSTRAINT delegation_dates CHECK (start_on <= end_on)
);

CREATE TABLE ngo_project (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  province_code text NOT NULL REFERENCES province (code),
  name text NOT NULL,
  donor text NOT NULL,
  donor_country text REFERENCES country (code),
  fields text[] NOT NULL DEFAULT '{}',
  budget_amount bigint,
  budget_currency text,
  start_on date,
  end_on date,
  location text,
  partner_agency text,
  status text NOT NULL CHECK (status IN ('proposed', 'approved', 'ongoing', 'completed', 'suspended')),
  summary text,
  search text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by integer REFERENCES app_user (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by integer REFERENCES app_user (id),
  deleted_at timestamptz,
  CONSTRAINT ngo_project_dates CHECK (start_on IS NULL OR end_on IS NULL OR start_on <= end_on),
  CONSTRAINT ngo_project_budget CHECK ((budget_amount IS NULL) = (budget_currency IS NULL))
);

CREATE TABLE business (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  province_code text NOT NULL REFERENCES province (code),
  name text NOT NULL,
  tax_code text,
  owner_person_ids uuid[] NOT NULL DEFAULT '{}',
  owner_country text REFERENCES country (code),
  sector text NOT NULL,
  address text,
  capital_amount bigint,
  capital_currency text,
  jobs integer CHECK (jobs >= 0),
  status text NOT NULL CHECK (status IN ('active', 'suspended', 'closed')),
  summary text,
  search text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by integer REFERENCES app_user (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by integer REFERENCES app_user (id),
  deleted_at timestamptz,
  CONSTRAINT business_capital CHECK ((capital_amount IS NULL) = (capital_currency IS NULL))
);

CREATE TABLE investment_project (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  province_code text NOT NULL REFERENCES province (code),
  business_id uuid REFERENCES business (id),
  name text NOT NULL,
  sector text NOT NULL,
  location text,
  capital_amount bigint,
  capital_currency text,
  jobs integer CHECK (jobs >= 0),
  licensed_on date,
  status text NOT NULL CHECK (status IN ('proposed', 'licensed', 'building', 'operating', 'stopped')),
  summary text,
  search text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by integer REFERENCES app_user (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by integer REFERENCES app_user (id),
  deleted_at timestamptz,
  CONSTRAINT investment_project_capital CHECK ((capital_amount IS NULL) = (capital_currency IS NULL))
);

-- Problems a business or project raised (kiến nghị, vướng mắc) and how they were handled.
CREATE TABLE investment_issue (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  province_code text NOT NULL REFERENCES province (code),
  business_id uuid REFERENCES business (id),
  project_id uuid REFERENCES investment_project (id),
  raised_on date NOT NULL,
  content text NOT NULL,
  handled_by text,
  resolution text,
  status text NOT NULL CHECK (status IN ('open', 'in_progress', 'resolved')),
  resolved_on date,
  search text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by integer REFERENCES app_user (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by integer REFERENCES app_user (id),
  deleted_at timestamptz,
  CONSTRAINT investment_issue_subject CHECK (business_id IS NOT NULL OR project_id IS NOT NULL)
);

-- Danh mục dự án kêu gọi đầu tư: projects the province offers to overseas Vietnamese investors.
CREATE TABLE catalogue_project (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  province_code text NOT NULL REFERENCES province (code),
  name text NOT NULL,
  sector text NOT NULL,
  location text NOT NULL,
  scale text,
  capital_amount bigint,
  capital_currency text,
  incentives text,
  contact text NOT NULL,
  status text NOT NULL CHECK (status IN ('open', 'closed')),
  search text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by integer REFERENCES app_user (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by integer REFERENCES app_user (id),
  deleted_at timestamptz,
  CONSTRAINT catalogue_project_capital CHECK ((capital_amount IS NULL) = (capital_currency IS NULL))
);

CREATE TABLE event (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  province_code text NOT NULL REFERENCES province (code),
  title text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('tet_gathering', 'cultural_exchange', 'investment_promotion', 'conference', 'commemoration', 'other')),
  mode text NOT NULL CHECK (mode IN ('on_site', 'online', 'hybrid')),
  start_on date NOT NULL,
  end_on date NOT NULL,
  location text,
  description text,
  follow_up text,
  search text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by integer REFERENCES app_user (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by integer REFERENCES app_user (id),
  deleted_at timestamptz,
  CONSTRAINT event_dates CHECK (start_on <= end_on)
);

-- Who was invited (a person of the registry or an association), and how it went for them.
CREATE TABLE event_invitation (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_id uuid NOT NULL REFERENCES event (id) ON DELETE CASCADE,
  person_id uuid REFERENCES person (id) ON DELETE CASCADE,
  association_id uuid REFERENCES association (id) ON DELETE CASCADE,
  status text NOT NULL DEFAULT 'invited' CHECK (status IN ('invited', 'registered', 'declined', 'attended', 'absent')),
  note text,
  invited_at timestamptz NOT NULL DEFAULT now(),
  invited_by integer REFERENCES app_user (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT event_invitation_one_invitee CHECK ((person_id IS NULL) <> (association_id IS NULL))
);
CREATE UNIQUE INDEX event_invitation_person ON event_invitation (event_id, person_id) WHERE person_id IS NOT NULL;
CREATE UNIQUE INDEX event_invitation_association ON event_invitation (event_id, association_id) WHERE association_id IS NOT NULL;

CREATE TABLE donation (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  province_code text NOT NULL REFERENCES province (code),
  donor text NOT NULL,
  donor_kind text NOT NULL CHECK (donor_kind IN ('person', 'association', 'business', 'other')),
  donor_person_id uuid REFERENCES person (id),
  donor_association_id uuid REFERENCES association (id),
  donor_country text REFERENCES country (code),
  purpose text NOT NULL CHECK (purpose IN ('health', 'disabled_children', 'preschool', 'orphans', 'women_vocational',
    'disaster_relief', 'education', 'poverty', 'other')),
  value_amount bigint,
  value_currency text,
  in_kind text,
  received_on date NOT NULL,
  recipient text,
  note text,
  search text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by integer REFERENCES app_user (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by integer REFERENCES app_user (id),
  deleted_at timestamptz,
  CONSTRAINT donation_amount CHECK ((value_amount IS NULL) = (value_currency IS NULL)),
  CONSTRAINT donation_something CHECK (value_amount IS NOT NULL OR in_kind IS NOT NULL)
);

CREATE TABLE commendation (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  province_code text NOT NULL REFERENCES province (code),
  recipient text NOT NULL,
  recipient_kind text NOT NULL CHECK (recipient_kind IN ('person', 'association', 'business')),
  recipient_person_id uuid REFERENCES person (id),
  recipient_association_id uuid REFERENCES association (id),
  form text NOT NULL,
  reason text NOT NULL,
  status text NOT NULL CHECK (status IN ('proposed', 'granted', 'refused')),
  proposed_on date NOT NULL,
  granted_on date,
  decision_number text,
  search text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by integer REFERENCES app_user (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by integer REFERENCES app_user (id),
  deleted_at timestamptz
);

-- Follow-up activities of agreements and delegations, reports of NGO projects: dated notes of a record.
CREATE TABLE record_note (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  record_type text NOT NULL CHECK (record_type IN ('agreement', 'delegation', 'ngo_project', 'business', 'event')),
  record_id uuid NOT NULL,
  noted_on date NOT NULL,
  title text NOT NULL,
  content text,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by integer REFERENCES app_user (id)
);
CREATE INDEX record_note_record ON record_note (record_type, record_id, noted_on DESC);

-- A document of a record (the signed agreement, a project report), kept in the database with it.
CREATE TABLE record_file (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  record_type text NOT NULL,
  record_id uuid NOT NULL,
  file_name text NOT NULL,
  content_type text NOT NULL,
  size integer NOT NULL,
  sha256 text NOT NULL,
  content bytea NOT NULL,
  uploaded_at timestamptz NOT NULL DEFAULT now(),
  uploaded_by integer REFERENCES app_user (id)
);
CREATE INDEX record_file_record ON record_file (record_type, record_id);

CREATE INDEX agreement_province ON agreement (province_code) WHERE deleted_at IS NULL;
CREATE INDEX delegation_province ON delegation (province_code, start_on DESC) WHERE deleted_at IS NULL;
CREATE INDEX ngo_project_province ON ngo_project (province_code) WHERE deleted_at IS NULL;
CREATE INDEX business_province ON business (province_code) WHERE deleted_at IS NULL;
CREATE INDEX investment_project_business ON investment_project (business_id);
CREATE INDEX investment_issue_business ON investment_issue (business_id);
CREATE INDEX catalogue_project_province ON catalogue_project (province_code) WHERE deleted_at IS NULL;
CREATE INDEX event_province ON event (province_code, start_on DESC) WHERE deleted_at IS NULL;
CREATE INDEX event_invitation_event ON event_invitation (event_id);
CREATE INDEX donation_province ON donation (province_code, received_on DESC) WHERE deleted_at IS NULL;
CREATE INDEX commendation_province ON commendation (province_code) WHERE deleted_at IS NULL;
