-- Import that updates (issue 19.8): the dry run matches each valid row against the registry and
-- proposes to update the person it surely is, or to skip the row when it brings nothing new; the
-- officer may change that per row before the commit, which applies updates through the person
-- write owner (with history). Rows without a match are created as before.
CREATE TABLE import_row_match (
  batch_id uuid NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
  row_number integer NOT NULL,
  person_id uuid NOT NULL REFERENCES person (id),
  evidence text NOT NULL CHECK (evidence IN ('document', 'contact', 'nameBirth')),
  proposed text NOT NULL CHECK (proposed IN ('update', 'skip')),
  action text NOT NULL CHECK (action IN ('create', 'update', 'skip')),
  -- Fields whose differing value the officer chose to take from the row.
  overwrite text[] NOT NULL DEFAULT '{}',
  PRIMARY KEY (batch_id, row_number)
);
ALTER TABLE import_batch ADD COLUMN rows_update integer;
ALTER TABLE import_batch ADD COLUMN rows_skip integer;
ALTER TABLE import_batch ADD COLUMN rows_updated integer NOT NULL DEFAULT 0;
