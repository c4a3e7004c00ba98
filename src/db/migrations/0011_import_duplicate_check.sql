-- A committed import's duplicate check runs after the commit, not inside it (issue 4's commit speed):
-- duplicates_checked_at stays empty until its persons have been checked, so that a check cut short
-- by a crash or a restart is run again at the next start; duplicate_pairs is how many open pairs
-- involve the batch's persons once checked.
ALTER TABLE import_batch ADD COLUMN duplicates_checked_at timestamptz;
ALTER TABLE import_batch ADD COLUMN duplicate_pairs integer;
UPDATE import_batch SET duplicates_checked_at = committed_at WHERE committed_at IS NOT NULL;
CREATE INDEX import_batch_check_pending ON import_batch (committed_at)
  WHERE status = 'committed' AND duplicates_checked_at IS NULL;

-- A whole-registry check started for a large import rather than by an administrator.
ALTER TABLE duplicate_check_run ADD COLUMN import_batch_id uuid REFERENCES import_batch (id) ON DELETE SET NULL;
