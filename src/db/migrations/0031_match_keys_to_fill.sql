-- Persons whose match keys migration 0027 dropped are marked (no whole-name key) for the start-up
-- fill (src/db/fillMatchKeys.ts), which then looks only for that mark instead of every start
-- searching the whole registry for persons without keys. The name counts do not change (the
-- commonness key stays; the statement trigger nets to zero).
UPDATE person p SET full_name_key = NULL
WHERE NOT EXISTS (SELECT FROM person_match_key k WHERE k.person_id = p.id);
