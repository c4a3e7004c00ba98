-- Sắp xếp tổ chức bộ máy: agencies merge and rename (2025: Sở Kế hoạch và Đầu tư into Sở Tài chính,
-- Sở Thông tin và Truyền thông into Sở Khoa học và Công nghệ, Sở Lao động - TB&XH into Sở Nội vụ,
-- district committees abolished). A merged agency is kept, inactive, pointing at its successor;
-- each change is recorded with what it carried over (tasks, reports, users).
ALTER TABLE agency
  ADD COLUMN successor_id uuid REFERENCES agency (id),
  ADD COLUMN dissolved_on date;

CREATE TABLE agency_change (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  province_code text REFERENCES province (code),
  kind text NOT NULL CHECK (kind IN ('merge', 'rename')),
  on_date date NOT NULL,
  -- The decision that made the change (quyết định, nghị quyết), as the officer records it.
  decision text,
  from_agency_ids uuid[] NOT NULL,
  to_agency_id uuid NOT NULL REFERENCES agency (id),
  old_name text,
  new_name text,
  -- How many assignments, reports and users moved to the successor, and assignments kept apart
  -- (where both had reported on the same task, the predecessor keeps its report there).
  moved jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by integer REFERENCES app_user (id)
);
CREATE INDEX agency_change_province ON agency_change (province_code, id);
