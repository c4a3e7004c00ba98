-- A name search's second tier (src/server/persons/listPersons.ts, NAME_TIERS): the names that begin
-- with the searched family name, in name order. The name order index alone holds them in one run
-- only at the family name's place in the alphabet: "Trần" walked 830,000 names of a million to
-- reach its first match (3 s). name_words[1] is the name's first word (personRecord.ts).
CREATE INDEX person_first_word_order ON person ((name_words[1]), name_search, id) WHERE deleted_at IS NULL;
