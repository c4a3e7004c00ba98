-- Yêu cầu báo cáo: the Ministry (Ủy ban Nhà nước về người Việt Nam ở nước ngoài) asks all or some
-- provinces for a report — a template of figures and text sections, a due date. Each province
-- answers with one response: it assigns the parts to its agencies (a plan whose tasks they report
-- on), consolidates, submits upward; the Ministry accepts, returns with a comment, or approves,
-- which locks the response and the plan's reports below it until the Ministry un-approves.
CREATE TABLE reporting_request (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number text NOT NULL, -- "125/UBNV-VP"
  title text NOT NULL,
  issued_on date NOT NULL,
  due_on date NOT NULL,
  year integer NOT NULL, -- the year reported on
  -- The figures of src/domain/plans/figures.ts each province fills in, and the titles of its text sections.
  figure_keys text[] NOT NULL,
  sections text[] NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by integer REFERENCES app_user (id),
  CHECK (issued_on <= due_on)
);

CREATE TABLE reporting_response (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL REFERENCES reporting_request (id) ON DELETE CASCADE,
  province_code text NOT NULL REFERENCES province (code),
  -- The province's plan whose tasks carry the parts it assigned to its agencies.
  plan_id uuid REFERENCES plan (id) ON DELETE SET NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'submitted', 'returned', 'accepted', 'approved')),
  figures jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- The text of each of the request's sections, in its order.
  sections text[] NOT NULL DEFAULT '{}',
  submitted_at timestamptz,
  submitted_by integer REFERENCES app_user (id),
  reviewed_at timestamptz,
  reviewed_by integer REFERENCES app_user (id),
  review_comment text,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT reporting_response_once UNIQUE (request_id, province_code)
);
CREATE INDEX reporting_response_province ON reporting_response (province_code);
CREATE INDEX reporting_response_plan ON reporting_response (plan_id) WHERE plan_id IS NOT NULL;

-- Each step of a response, for its history (and the audit log beside it).
CREATE TABLE reporting_response_event (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  response_id uuid NOT NULL REFERENCES reporting_response (id) ON DELETE CASCADE,
  at timestamptz NOT NULL DEFAULT now(),
  by_user integer REFERENCES app_user (id),
  kind text NOT NULL CHECK (kind IN ('saved', 'submitted', 'returned', 'accepted', 'approved', 'unapproved')),
  comment text
);
CREATE INDEX reporting_response_event_response ON reporting_response_event (response_id, id);
