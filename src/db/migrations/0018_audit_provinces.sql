-- An audit entry belongs to every province the action concerns: the acting user's and each province
-- the record belongs to (a person's hometown and source, both persons of a merged pair). One column
-- per entry could name only one, and an export or a merge named none.
ALTER TABLE audit_log ADD COLUMN province_codes text[] NOT NULL DEFAULT '{}';

-- Entries are never updated, but for this one move of their province into the new column (the
-- migration runs as the table's owner).
ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;
UPDATE audit_log SET province_codes = ARRAY[province_code] WHERE province_code IS NOT NULL;
ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;
DROP INDEX audit_log_province;
ALTER TABLE audit_log DROP COLUMN province_code;

-- A province's entries, newest first, read by index (an array column cannot be read in id order).
CREATE TABLE audit_log_province (
  province_code text NOT NULL,
  audit_id bigint NOT NULL REFERENCES audit_log (id),
  PRIMARY KEY (province_code, audit_id)
);
INSERT INTO audit_log_province (province_code, audit_id)
  SELECT DISTINCT code, id FROM audit_log, unnest(province_codes) AS code;

CREATE FUNCTION audit_log_index_provinces() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO audit_log_province (province_code, audit_id)
    SELECT DISTINCT code, NEW.id FROM unnest(NEW.province_codes) AS code;
  RETURN NULL;
END;
$$;
CREATE TRIGGER audit_log_provinces AFTER INSERT ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_index_provinces();

-- The index of the evidence is evidence too.
CREATE TRIGGER audit_log_province_append_only BEFORE UPDATE OR DELETE ON audit_log_province
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
