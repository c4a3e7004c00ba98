-- The dry run notes each valid row's name key and birth year here, so that rows repeated within one
-- file are found by the database instead of being held in memory (files of a million rows). Emptied
-- at the end of each dry run; unlogged because it is scratch data a crash may lose.
CREATE UNLOGGED TABLE import_row_key (
  batch_id uuid NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
  row_number integer NOT NULL,
  key text NOT NULL
);
CREATE INDEX import_row_key_batch ON import_row_key (batch_id);
