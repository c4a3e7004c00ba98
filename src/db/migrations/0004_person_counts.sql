-- Counts of live persons by hometown province, recording province and country of residence, kept
-- by statement-level triggers, so that dashboards count a million records without reading them.
CREATE TABLE person_count (
  hometown_province_code text,
  source_province_code text,
  residence_country text,
  count integer NOT NULL,
  CONSTRAINT person_count_key UNIQUE NULLS NOT DISTINCT (hometown_province_code, source_province_code, residence_country)
);

CREATE FUNCTION person_count_apply_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO person_count AS pc (hometown_province_code, source_province_code, residence_country, count)
  SELECT hometown_province_code, source_province_code, residence_country, count(*)
  FROM new_rows WHERE deleted_at IS NULL GROUP BY 1, 2, 3
  ON CONFLICT ON CONSTRAINT person_count_key DO UPDATE SET count = pc.count + excluded.count;
  RETURN NULL;
END;
$$;

CREATE FUNCTION person_count_apply_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE person_count AS pc SET count = pc.count - d.n
  FROM (
    SELECT hometown_province_code, source_province_code, residence_country, count(*) AS n
    FROM old_rows WHERE deleted_at IS NULL GROUP BY 1, 2, 3
  ) d
  WHERE pc.hometown_province_code IS NOT DISTINCT FROM d.hometown_province_code
    AND pc.source_province_code IS NOT DISTINCT FROM d.source_province_code
    AND pc.residence_country IS NOT DISTINCT FROM d.residence_country;
  RETURN NULL;
END;
$$;

CREATE FUNCTION person_count_apply_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO person_count AS pc (hometown_province_code, source_province_code, residence_country, count)
  SELECT hometown_province_code, source_province_code, residence_country, sum(delta)
  FROM (
    SELECT hometown_province_code, source_province_code, residence_country, 1 AS delta FROM new_rows WHERE deleted_at IS NULL
    UNION ALL
    SELECT hometown_province_code, source_province_code, residence_country, -1 FROM old_rows WHERE deleted_at IS NULL
  ) changes
  GROUP BY 1, 2, 3
  HAVING sum(delta) <> 0
  ON CONFLICT ON CONSTRAINT person_count_key DO UPDATE SET count = pc.count + excluded.count;
  RETURN NULL;
END;
$$;

CREATE TRIGGER person_count_inserted AFTER INSERT ON person
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION person_count_apply_inserted();
CREATE TRIGGER person_count_deleted AFTER DELETE ON person
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION person_count_apply_deleted();
CREATE TRIGGER person_count_updated AFTER UPDATE ON person
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION person_count_apply_updated();

INSERT INTO person_count (hometown_province_code, source_province_code, residence_country, count)
SELECT hometown_province_code, source_province_code, residence_country, count(*)
FROM person WHERE deleted_at IS NULL GROUP BY 1, 2, 3;
