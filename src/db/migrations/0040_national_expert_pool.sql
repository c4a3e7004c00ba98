-- Mạng lưới chuyên gia toàn quốc: a need may look for experts in every province (scope
-- 'national'), among those who agreed to be proposed. The poster sees their profiles, not how to
-- reach them: contacts are released by the expert's province on request, one need at a time.
ALTER TABLE local_need
  ADD COLUMN scope text NOT NULL DEFAULT 'province' CHECK (scope IN ('province', 'national'));

CREATE TABLE expert_contact_release (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  need_id uuid NOT NULL REFERENCES local_need (id),
  person_id uuid NOT NULL REFERENCES person (id),
  need_province_code text NOT NULL REFERENCES province (code),
  -- The province that keeps the expert's record (its source, else its hometown), which decides.
  expert_province_code text NOT NULL REFERENCES province (code),
  message text,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'refused')),
  decision_note text,
  requested_at timestamptz NOT NULL DEFAULT now(),
  requested_by integer REFERENCES app_user (id),
  decided_at timestamptz,
  decided_by integer REFERENCES app_user (id),
  UNIQUE (need_id, person_id),
  CHECK (status <> 'refused' OR decision_note IS NOT NULL)
);
CREATE INDEX expert_contact_release_expert ON expert_contact_release (expert_province_code, status);
CREATE INDEX expert_contact_release_need ON expert_contact_release (need_province_code, requested_at DESC);
