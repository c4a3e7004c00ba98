-- Bảo hộ công dân: cases of citizens in trouble abroad (arrest, accident, death, trafficking, labour
-- dispute, lost documents, deportation, disaster). Sensitive: only the assigned officer, the
-- administrators of the case's province and national administrators see a case (enforced by the
-- server), and every read is audited.
CREATE TABLE protection_case (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- "BH-92-2026-0007": the province's seventh case of 2026 (protection_case_counter).
  code text NOT NULL UNIQUE,
  province_code text NOT NULL REFERENCES province (code),
  country text NOT NULL REFERENCES country (code),
  type text NOT NULL CHECK (type IN ('arrest_detention', 'accident', 'death', 'trafficking', 'labour_dispute',
    'lost_documents', 'deportation_return', 'disaster', 'other')),
  urgency text NOT NULL CHECK (urgency IN ('low', 'normal', 'high', 'critical')),
  status text NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'verifying', 'assisting', 'resolved', 'closed')),
  title text NOT NULL,
  title_search text NOT NULL,
  summary text,
  location text,
  occurred_on date,
  reported_by text,
  assigned_to integer REFERENCES app_user (id),
  -- The agency handling it after a referral (Công an, Sở LĐTB&XH, the embassy…), as named.
  handled_by text,
  escalated_to_ministry boolean NOT NULL DEFAULT false,
  outcome text,
  received_at timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz,
  closed_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by integer REFERENCES app_user (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by integer REFERENCES app_user (id)
);
CREATE INDEX protection_case_province ON protection_case (province_code, status);
CREATE INDEX protection_case_assigned ON protection_case (assigned_to) WHERE assigned_to IS NOT NULL;

CREATE TABLE protection_case_counter (
  province_code text NOT NULL REFERENCES province (code),
  year integer NOT NULL,
  last integer NOT NULL,
  PRIMARY KEY (province_code, year)
);

CREATE TABLE protection_case_person (
  case_id uuid NOT NULL REFERENCES protection_case (id) ON DELETE CASCADE,
  person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('subject', 'reporter', 'relative', 'other')),
  PRIMARY KEY (case_id, person_id)
);
CREATE INDEX protection_case_person_person ON protection_case_person (person_id);

CREATE TABLE protection_case_task (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES protection_case (id) ON DELETE CASCADE,
  title text NOT NULL,
  due_on date,
  done_at timestamptz,
  done_by integer REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by integer REFERENCES app_user (id)
);
CREATE INDEX protection_case_task_open ON protection_case_task (due_on) WHERE done_at IS NULL;
CREATE INDEX protection_case_task_case ON protection_case_task (case_id);

-- Files of a case (letters, photos of documents, medical reports), kept in the database so that a
-- case and its files are backed up, restored and deleted together.
CREATE TABLE protection_case_attachment (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES protection_case (id) ON DELETE CASCADE,
  file_name text NOT NULL,
  content_type text NOT NULL,
  size integer NOT NULL,
  sha256 text NOT NULL,
  content bytea NOT NULL,
  uploaded_at timestamptz NOT NULL DEFAULT now(),
  uploaded_by integer REFERENCES app_user (id)
);
CREATE INDEX protection_case_attachment_case ON protection_case_attachment (case_id);

-- The timeline: every action on a case, who and when (created, status, assigned, note, task,
-- person, attachment, referral, edit).
CREATE TABLE protection_case_event (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES protection_case (id) ON DELETE CASCADE,
  at timestamptz NOT NULL DEFAULT now(),
  by_user integer REFERENCES app_user (id),
  kind text NOT NULL,
  details jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX protection_case_event_case ON protection_case_event (case_id, id);

-- Người hồi hương: a person's return, the support given and the follow-ups planned.
CREATE TABLE returnee (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  province_code text NOT NULL REFERENCES province (code),
  returned_on date NOT NULL,
  from_country text REFERENCES country (code),
  reason text NOT NULL CHECK (reason IN ('voluntary', 'contract_end', 'deported', 'protection_case', 'other')),
  case_id uuid REFERENCES protection_case (id) ON DELETE SET NULL,
  status text NOT NULL DEFAULT 'following' CHECK (status IN ('following', 'closed')),
  notes text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by integer REFERENCES app_user (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by integer REFERENCES app_user (id)
);
CREATE INDEX returnee_province ON returnee (province_code, returned_on DESC);
CREATE INDEX returnee_person ON returnee (person_id);

CREATE TABLE returnee_support (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  returnee_id uuid NOT NULL REFERENCES returnee (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('documents', 'residence_registration', 'job', 'vocational_training', 'health',
    'housing', 'financial', 'legal', 'other')),
  given_on date NOT NULL,
  agency text,
  note text,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by integer REFERENCES app_user (id)
);
CREATE INDEX returnee_support_returnee ON returnee_support (returnee_id);

CREATE TABLE returnee_follow_up (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  returnee_id uuid NOT NULL REFERENCES returnee (id) ON DELETE CASCADE,
  due_on date NOT NULL,
  done_on date,
  note text,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by integer REFERENCES app_user (id)
);
CREATE INDEX returnee_follow_up_open ON returnee_follow_up (due_on) WHERE done_on IS NULL;
CREATE INDEX returnee_follow_up_returnee ON returnee_follow_up (returnee_id);
