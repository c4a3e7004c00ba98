-- A province's yearly plan for the work on overseas Vietnamese (model: Cần Thơ's Kế hoạch
-- 38/KH-UBND of 21/02/2025): tasks assigned to agencies, each agency's progress reports reviewed
-- by the Sở Ngoại vụ, which consolidates the province's report; the Ministry consolidates provinces.

-- Cơ quan, đơn vị: the agencies of a province (Sở Ngoại vụ, Công an, the people's committees…) and
-- national bodies (province_code null). The coordinator (Sở Ngoại vụ) reviews the others' reports.
CREATE TABLE agency (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  province_code text REFERENCES province (code),
  name text NOT NULL,
  name_search text NOT NULL,
  short_name text,
  is_coordinator boolean NOT NULL DEFAULT false,
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by integer REFERENCES app_user (id)
);
CREATE UNIQUE INDEX agency_name_once ON agency (coalesce(province_code, ''), name_search);
-- One coordinator per province.
CREATE UNIQUE INDEX agency_one_coordinator ON agency (coalesce(province_code, '')) WHERE is_coordinator;

-- An agency officer reports for their agency; Sở Ngoại vụ staff may belong to theirs too.
ALTER TABLE app_user ADD COLUMN agency_id uuid REFERENCES agency (id);

CREATE TABLE plan (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  province_code text NOT NULL REFERENCES province (code),
  number text NOT NULL, -- "38/KH-UBND"
  issued_on date NOT NULL,
  issuer text NOT NULL, -- "Ủy ban nhân dân thành phố Cần Thơ"
  title text NOT NULL,
  legal_bases text[] NOT NULL DEFAULT '{}',
  year integer NOT NULL,
  -- Agencies report before this date unless a task says otherwise.
  report_due_on date NOT NULL,
  copied_from uuid REFERENCES plan (id) ON DELETE SET NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by integer REFERENCES app_user (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by integer REFERENCES app_user (id),
  CONSTRAINT plan_number_once UNIQUE (province_code, year, number)
);

CREATE TABLE plan_task (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  plan_id uuid NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  position integer NOT NULL,
  content text NOT NULL,
  lead_agency_id uuid NOT NULL REFERENCES agency (id),
  indicators text,
  due_on date
);
CREATE INDEX plan_task_plan ON plan_task (plan_id, position);
CREATE INDEX plan_task_lead ON plan_task (lead_agency_id);

-- Cơ quan phối hợp: the agencies working with the lead on a task; each reports its own part too.
CREATE TABLE plan_task_partner (
  task_id uuid NOT NULL REFERENCES plan_task (id) ON DELETE CASCADE,
  agency_id uuid NOT NULL REFERENCES agency (id),
  PRIMARY KEY (task_id, agency_id)
);
CREATE INDEX plan_task_partner_agency ON plan_task_partner (agency_id);

-- An agency's report on a task: drafted, submitted, then accepted or returned with a comment (and
-- submitted again). `figures` are the numbers of src/domain/plans/figures.ts (remittances,
-- investment, donations, events) that the province's statistics add up from accepted reports.
CREATE TABLE task_report (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  task_id uuid NOT NULL REFERENCES plan_task (id) ON DELETE CASCADE,
  agency_id uuid NOT NULL REFERENCES agency (id),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'accepted', 'returned')),
  progress text NOT NULL CHECK (progress IN ('not_started', 'in_progress', 'completed', 'not_completed')),
  content text NOT NULL,
  figures jsonb NOT NULL DEFAULT '{}'::jsonb,
  submitted_at timestamptz,
  submitted_by integer REFERENCES app_user (id),
  reviewed_at timestamptz,
  reviewed_by integer REFERENCES app_user (id),
  review_comment text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT task_report_once UNIQUE (task_id, agency_id)
);

CREATE TABLE task_report_attachment (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  report_id uuid NOT NULL REFERENCES task_report (id) ON DELETE CASCADE,
  file_name text NOT NULL,
  content_type text NOT NULL,
  size integer NOT NULL,
  sha256 text NOT NULL,
  content bytea NOT NULL,
  uploaded_at timestamptz NOT NULL DEFAULT now(),
  uploaded_by integer REFERENCES app_user (id)
);
CREATE INDEX task_report_attachment_report ON task_report_attachment (report_id);

-- Each step of a report (submitted, accepted, returned with its comment), for its history.
CREATE TABLE task_report_event (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  report_id uuid NOT NULL REFERENCES task_report (id) ON DELETE CASCADE,
  at timestamptz NOT NULL DEFAULT now(),
  by_user integer REFERENCES app_user (id),
  kind text NOT NULL CHECK (kind IN ('saved', 'submitted', 'accepted', 'returned')),
  comment text
);
CREATE INDEX task_report_event_report ON task_report_event (report_id, id);

-- Reminders the Sở Ngoại vụ sends to agencies that have not reported yet.
CREATE TABLE plan_reminder (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plan_id uuid NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  agency_id uuid NOT NULL REFERENCES agency (id),
  tasks integer NOT NULL,
  message text,
  sent_at timestamptz NOT NULL DEFAULT now(),
  sent_by integer REFERENCES app_user (id),
  seen_at timestamptz
);
CREATE INDEX plan_reminder_agency ON plan_reminder (agency_id, sent_at DESC);
