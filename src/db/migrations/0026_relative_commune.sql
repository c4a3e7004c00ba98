-- A relative's address resolved to the 2025 commune (issue 19.6), beside the province as given.
ALTER TABLE relative ADD COLUMN commune_code text;
