-- Imports of province spreadsheets: one batch per uploaded file, checked (dry run) before it is
-- committed; its rows are committed in chunks, each chunk with the batch's checkpoint, so a crash
-- loses nothing committed and the commit resumes from the checkpoint on the next start.
CREATE TABLE import_batch (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  file_name text NOT NULL,
  file_hash text NOT NULL, -- SHA-256 of the file's bytes
  file_size bigint NOT NULL,
  file_kind text NOT NULL CHECK (file_kind IN ('xlsx', 'csv')),
  -- The uploaded file, kept until the batch is committed or abandoned.
  stored_path text,
  -- Every row is attributed to this province (an officer's own) and association.
  source_province_code text REFERENCES province (code),
  source_association text,
  header_row integer NOT NULL,
  columns jsonb NOT NULL, -- ColumnMapping[] (src/domain/imports/detectHeader.ts)
  status text NOT NULL CHECK (status IN ('uploaded', 'checked', 'committing', 'committed', 'rolled_back', 'failed')),
  rows_total integer,
  rows_valid integer,
  rows_invalid integer,
  rows_duplicate integer,
  rows_committed integer NOT NULL DEFAULT 0,
  -- The spreadsheet row number up to which valid rows are committed.
  checkpoint_row integer NOT NULL DEFAULT 0,
  failure text,
  created_by integer REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  committed_at timestamptz,
  rolled_back_by integer REFERENCES app_user (id),
  rolled_back_at timestamptz
);
-- One file is committed once: re-importing it is refused, naming the earlier batch.
CREATE UNIQUE INDEX import_batch_file_once ON import_batch (file_hash) WHERE status IN ('committing', 'committed');
CREATE INDEX import_batch_created ON import_batch (created_at DESC);

-- The dry run's findings, row by row.
CREATE TABLE import_problem (
  batch_id uuid NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
  row_number integer NOT NULL,
  column_name text NOT NULL,
  code text NOT NULL,
  value text NOT NULL
);
CREATE INDEX import_problem_batch ON import_problem (batch_id, row_number);

-- A column mapping a user corrected, reused for the next file from the same source.
CREATE TABLE import_mapping (
  source_key text PRIMARY KEY,
  headers jsonb NOT NULL, -- { normalised header: import column | null }
  updated_by integer REFERENCES app_user (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE person ADD COLUMN import_batch_id uuid REFERENCES import_batch (id);
CREATE INDEX person_import_batch ON person (import_batch_id) WHERE import_batch_id IS NOT NULL;
