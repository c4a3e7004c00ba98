-- Chia tách: an agency split into several, each part taking the tasks (with their reports) and the
-- users given to it; recorded as one change per part, with what that part took.
ALTER TABLE agency_change
  DROP CONSTRAINT agency_change_kind_check,
  ADD CONSTRAINT agency_change_kind_check CHECK (kind IN ('merge', 'split', 'rename'));
