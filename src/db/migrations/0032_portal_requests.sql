-- What kiều bào ask on the portal (issue 20.2, 20.4, 20.5): corrections of their record, a new
-- registration, the data-subject rights (deletion, restriction, objection), an offer of expertise,
-- help with an administrative procedure or citizen protection. Each request has a reference number,
-- the province whose officers handle it, a deadline, and is decided once (who, when, what, why).
CREATE TABLE portal_request (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  reference text NOT NULL UNIQUE,
  account_id uuid NOT NULL REFERENCES portal_account (id),
  person_id uuid REFERENCES person (id),
  kind text NOT NULL CHECK (kind IN ('change', 'registration', 'deletion', 'restriction', 'objection', 'expertise',
    'procedure', 'protection')),
  -- The province whose officers handle it (the record's, or the one a registration names); NULL: the Ministry.
  province_code text REFERENCES province (code),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'accepted', 'partly_accepted',
    'rejected', 'cancelled')),
  -- What the person asked, as they sent it (validated by the kind's schema).
  payload jsonb NOT NULL,
  -- What was decided: per field for a correction, else the outcome and its reason.
  decision jsonb,
  received_at timestamptz NOT NULL,
  due_on date NOT NULL,
  decided_at timestamptz,
  decided_by integer REFERENCES app_user (id),
  -- A protection request opened as a case; a registration linked to or created as a record.
  case_id uuid REFERENCES protection_case (id),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX portal_request_queue ON portal_request (province_code, status, due_on);
CREATE INDEX portal_request_account ON portal_request (account_id, received_at DESC);
CREATE INDEX portal_request_person ON portal_request (person_id) WHERE person_id IS NOT NULL;

-- Numbers YC-2026-000001, one sequence for the country (a reference is quoted on the phone).
CREATE TABLE portal_request_counter (
  year integer PRIMARY KEY,
  last integer NOT NULL
);

-- Messages between the person and the officers about a request.
CREATE TABLE portal_request_message (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  request_id uuid NOT NULL REFERENCES portal_request (id) ON DELETE CASCADE,
  author text NOT NULL CHECK (author IN ('person', 'officer')),
  user_id integer REFERENCES app_user (id),
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
  created_at timestamptz NOT NULL
);
CREATE INDEX portal_request_message_request ON portal_request_message (request_id, id);
