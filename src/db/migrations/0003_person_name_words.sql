-- Every word used in a person's name or alias (normalised). Typo-tolerant search looks a misspelt
-- word's one-edit variants up here, then searches persons by the real words found.
CREATE TABLE person_name_word (
  word text PRIMARY KEY
);
INSERT INTO person_name_word (word) SELECT DISTINCT unnest(name_words) FROM person ON CONFLICT DO NOTHING;

-- Whole-name trigram similarity ranked different given names as alike ("an nguyen van" and
-- "bich nguyen van": 0.61); word-level matching replaces it.
DROP INDEX person_name_key_trgm;
CREATE INDEX person_name_key ON person (name_key);
