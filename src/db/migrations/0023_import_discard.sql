-- An officer may discard an upload they will not commit: its file and findings are deleted at once,
-- the batch stays, marked discarded, so that the list still says what came and when.
ALTER TABLE import_batch DROP CONSTRAINT import_batch_status_check;
ALTER TABLE import_batch ADD CONSTRAINT import_batch_status_check
  CHECK (status IN ('uploaded', 'checked', 'committing', 'committed', 'rolled_back', 'failed', 'expired', 'discarded'));
