-- Duplicate detection across birth years (issue 19): a match key is "family|given" and the birth
-- year stands beside it, so that records of one name are compared when their years are at most one
-- apart or one is unknown (src/domain/duplicates/matchKeys.ts birthYearsMayMatch). Keys of the old
-- form ("family|year|given") are dropped; the server gives every person new ones when it starts
-- (src/db/fillMatchKeys.ts fills persons with none).
DELETE FROM person_match_key;
ALTER TABLE person_match_key ADD COLUMN birth_year integer;
