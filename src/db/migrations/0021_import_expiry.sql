-- An upload never committed is deleted after a while (UPLOAD_RETENTION_DAYS): its batch stays, marked
-- expired, so that the list still says what came and when.
ALTER TABLE import_batch DROP CONSTRAINT import_batch_status_check;
ALTER TABLE import_batch ADD CONSTRAINT import_batch_status_check
  CHECK (status IN ('uploaded', 'checked', 'committing', 'committed', 'rolled_back', 'failed', 'expired'));
CREATE INDEX import_batch_stored ON import_batch (created_at) WHERE stored_path IS NOT NULL;
