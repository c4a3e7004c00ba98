-- A hometown resolved to the 2025 commune (issue 19): the text as written stays in hometown_text;
-- hometown_commune_code is the commune when the text names exactly one (or the officer chose it),
-- hometown_commune_candidates the new communes an old, split commune went to, for the officer.
ALTER TABLE person ADD COLUMN hometown_commune_code text;
ALTER TABLE person ADD COLUMN hometown_commune_candidates text[] NOT NULL DEFAULT '{}';
CREATE INDEX person_hometown_commune ON person (hometown_commune_code) WHERE hometown_commune_code IS NOT NULL;
