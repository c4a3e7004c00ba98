-- Thân nhân (relatives in Việt Nam) become records of their own: one relative may be the mother of
-- two persons abroad, and a change of her phone or address is made once, for all of them.
-- person_relative becomes the link: which person, which relative, what relationship.
CREATE TABLE relative (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  full_name text NOT NULL,
  -- The search form of the name (src/domain/text/normalizeText.ts), written by the server; rows
  -- moved here from person_relative get it at the next start (src/db/fillRelativeSearch.ts).
  name_search text,
  phone text,
  address text,
  province_code text REFERENCES province (code),
  notes text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by integer REFERENCES app_user (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by integer REFERENCES app_user (id)
);

-- Until now each row was one person's relative: each becomes a relative of its own, same id.
INSERT INTO relative (id, full_name, phone, address, province_code)
  SELECT id, full_name, phone, address, province_code FROM person_relative;
ALTER TABLE person_relative ADD COLUMN relative_id uuid REFERENCES relative (id) ON DELETE CASCADE;
UPDATE person_relative SET relative_id = id;
ALTER TABLE person_relative ALTER COLUMN relative_id SET NOT NULL;
ALTER TABLE person_relative DROP COLUMN full_name, DROP COLUMN phone, DROP COLUMN address, DROP COLUMN province_code;

CREATE INDEX person_relative_relative ON person_relative (relative_id);
CREATE INDEX relative_name_search ON relative USING gin (name_search gin_trgm_ops);
CREATE INDEX relative_phone ON relative (phone) WHERE phone IS NOT NULL;
CREATE INDEX relative_province ON relative (province_code);

-- Merges already made keep, for undo, the person rows as they were: their relatives move to the
-- new shape too (links, and the relatives' records, with the ids given above).
UPDATE person_merge m SET before = (
  SELECT jsonb_agg(
    (s - 'relatives') || jsonb_build_object(
      'relatives', COALESCE((
        SELECT jsonb_agg(jsonb_build_object('id', r->'id', 'person_id', r->'person_id', 'position', r->'position',
          'relationship', r->'relationship', 'relative_id', r->'id'))
        FROM jsonb_array_elements(s->'relatives') r), '[]'::jsonb),
      'relativeRecords', COALESCE((
        SELECT jsonb_agg(jsonb_build_object('id', r->'id', 'full_name', r->'full_name', 'phone', r->'phone',
          'address', r->'address', 'province_code', r->'province_code'))
        FROM jsonb_array_elements(s->'relatives') r), '[]'::jsonb)
    ) ORDER BY ord)
  FROM jsonb_array_elements(m.before) WITH ORDINALITY AS t(s, ord)
);
