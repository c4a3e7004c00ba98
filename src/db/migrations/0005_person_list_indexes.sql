-- Filtered, name-sorted pages: the common filters (hometown province, country) lead, the sort
-- order follows, so a page reads only matching rows, in order. Measured at 1,000,000 persons on
-- PostgreSQL: a province + country + category + sex + birth-year page went from 160 ms (the name
-- index scanned 33,000 rows) to 7 ms. They replace the single-column indexes they begin with.
CREATE INDEX person_home_country_name ON person (hometown_province_code, residence_country, name_search, id);
CREATE INDEX person_country_name ON person (residence_country, name_search, id);
-- A legacy province name ("Sóc Trăng") filters by the former province.
CREATE INDEX person_legacy_country_name ON person (hometown_legacy_province_code, residence_country, name_search, id);
DROP INDEX IF EXISTS person_hometown_province;
DROP INDEX IF EXISTS person_residence_country;
