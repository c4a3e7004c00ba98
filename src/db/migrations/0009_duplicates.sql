-- Duplicate detection (issue 5): the name keys that find a person's possible duplicates, the pairs
-- proposed for review with the officer's decision, and merges with what undoing them needs.

-- name_commonness_key: "family|given" (family names in one spelling, Huỳnh → Hoàng): how many share
-- it weighs a name match. person_match_key: "family|birth year|given" for each reading of the name
-- and each alias; a new record's possible duplicates are those stored under one of its keys or
-- their one-letter typos. Both come from the name parser in src/domain/dedupe; rows older than this
-- migration get them when the server starts (src/db/fillMatchKeys.ts).
ALTER TABLE person ADD COLUMN name_commonness_key text;
ALTER TABLE person ADD COLUMN merged_into uuid REFERENCES person (id);
CREATE INDEX person_name_commonness ON person (name_commonness_key);
CREATE INDEX person_emails ON person USING gin (emails);

-- How many live persons share each commonness key, kept by statement-level triggers (as person_count):
-- the incremental check weighs a name without counting thousands of rows.
CREATE TABLE person_name_count (
  name_commonness_key text PRIMARY KEY,
  count integer NOT NULL
);

CREATE FUNCTION person_name_count_add(key text, delta bigint) RETURNS void LANGUAGE sql AS $$
  INSERT INTO person_name_count AS c (name_commonness_key, count) VALUES (key, delta)
  ON CONFLICT (name_commonness_key) DO UPDATE SET count = c.count + excluded.count;
$$;

-- Transition tables exist only for the events that have them: one function per event.
CREATE FUNCTION person_name_count_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM person_name_count_add(name_commonness_key, count(*)) FROM new_rows
  WHERE deleted_at IS NULL AND name_commonness_key IS NOT NULL GROUP BY name_commonness_key;
  RETURN NULL;
END;
$$;

CREATE FUNCTION person_name_count_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM person_name_count_add(name_commonness_key, -count(*)) FROM old_rows
  WHERE deleted_at IS NULL AND name_commonness_key IS NOT NULL GROUP BY name_commonness_key;
  RETURN NULL;
END;
$$;

CREATE FUNCTION person_name_count_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM person_name_count_add(key, delta) FROM (
    SELECT name_commonness_key AS key, sum(d) AS delta FROM (
      SELECT name_commonness_key, 1 AS d FROM new_rows WHERE deleted_at IS NULL
      UNION ALL SELECT name_commonness_key, -1 FROM old_rows WHERE deleted_at IS NULL
    ) changes WHERE name_commonness_key IS NOT NULL GROUP BY 1 HAVING sum(d) <> 0
  ) net;
  RETURN NULL;
END;
$$;

CREATE TRIGGER person_name_count_inserted AFTER INSERT ON person
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION person_name_count_inserted();
CREATE TRIGGER person_name_count_updated AFTER UPDATE ON person
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION person_name_count_updated();
CREATE TRIGGER person_name_count_deleted AFTER DELETE ON person
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION person_name_count_deleted();

CREATE TABLE person_match_key (
  key text NOT NULL,
  person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  PRIMARY KEY (key, person_id)
);
CREATE INDEX person_match_key_person ON person_match_key (person_id);

ALTER TABLE person_change DROP CONSTRAINT person_change_action_check;
ALTER TABLE person_change ADD CONSTRAINT person_change_action_check
  CHECK (action IN ('create', 'update', 'delete', 'restore', 'merge', 'unmerge'));

-- A pair of records that may be one person (person_a < person_b), its score in bits of evidence and
-- the evidence; status: open (to review), deferred (để sau), not_duplicate (never proposed again),
-- merged.
CREATE TABLE duplicate_pair (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_a uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  person_b uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  score real NOT NULL,
  evidence jsonb NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'deferred', 'not_duplicate', 'merged')),
  found_at timestamptz NOT NULL DEFAULT now(),
  checked_at timestamptz NOT NULL DEFAULT now(),
  decided_at timestamptz,
  decided_by integer REFERENCES app_user (id),
  CONSTRAINT duplicate_pair_order CHECK (person_a < person_b),
  CONSTRAINT duplicate_pair_unique UNIQUE (person_a, person_b)
);
CREATE INDEX duplicate_pair_b ON duplicate_pair (person_b);
CREATE INDEX duplicate_pair_queue ON duplicate_pair (status, score DESC, id);

-- A merge: the kept record took the chosen values and everything of the merged one, which is
-- soft-deleted with merged_into set. `before` holds both records as they were, for undo.
CREATE TABLE person_merge (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  pair_id bigint NOT NULL REFERENCES duplicate_pair (id) ON DELETE CASCADE,
  kept_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  merged_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  kept_version integer NOT NULL,
  before jsonb NOT NULL,
  merged_at timestamptz NOT NULL DEFAULT now(),
  merged_by integer REFERENCES app_user (id),
  undone_at timestamptz,
  undone_by integer REFERENCES app_user (id)
);
CREATE INDEX person_merge_pair ON person_merge (pair_id, id);

-- The state of the last whole-registry check, shown to administrators.
CREATE TABLE duplicate_check_run (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  started_by integer REFERENCES app_user (id),
  records integer,
  comparisons bigint,
  pairs integer,
  error text
);
