-- The audit log as a hash chain (src/server/audit/auditChain.ts): each entry holds its place in the
-- chain, the previous entry's hash and its own, an HMAC the application computes with a key the
-- database never sees. Entries written before this migration are outside the chain.
ALTER TABLE audit_log ADD COLUMN chain_seq bigint, ADD COLUMN prev_hash text, ADD COLUMN hash text;
CREATE UNIQUE INDEX audit_log_chain ON audit_log (chain_seq);
-- New entries must be chained (NOT VALID: the earlier ones are not).
ALTER TABLE audit_log ADD CONSTRAINT audit_log_chained
  CHECK (chain_seq IS NOT NULL AND prev_hash IS NOT NULL AND hash IS NOT NULL) NOT VALID;

-- Rows are refused one by one on UPDATE and DELETE (0001); TRUNCATE removes them all at once.
CREATE FUNCTION audit_log_refuse_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: it cannot be truncated', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_truncate();
CREATE TRIGGER audit_log_province_no_truncate BEFORE TRUNCATE ON audit_log_province
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_truncate();
