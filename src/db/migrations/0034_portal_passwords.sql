-- An optional password for a portal account (issue 20.1): signing in by e-mail code stays; a person
-- who set a password may use it instead. Wrong passwords in a row lock the password (not the code)
-- for a while, as for staff.
ALTER TABLE portal_account
  ADD COLUMN password_hash text,
  ADD COLUMN failed_logins integer NOT NULL DEFAULT 0,
  ADD COLUMN locked_until timestamptz;
