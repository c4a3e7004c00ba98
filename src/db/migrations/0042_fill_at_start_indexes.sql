-- At every start the server looks for persons still without their name keys and relatives without
-- their search form (filled by TypeScript, src/db/fillMatchKeys.ts and fillRelativeSearch.ts). On
-- millions of rows that look was a whole-table scan; these indexes hold only the rows still to
-- fill — none once done — so it costs nothing, and nothing to keep up for complete rows.
CREATE INDEX person_keys_to_fill ON person (id) WHERE full_name_key IS NULL;
CREATE INDEX relative_search_to_fill ON relative (id) WHERE name_search IS NULL;
