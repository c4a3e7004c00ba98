-- The kiều bào portal (issue 20): overseas Vietnamese sign in by e-mail with a one-time code. A
-- portal account is another kind of principal than staff (app_user): its own sessions, its own
-- cookie, and no way into staff routes. An account is linked to the person's registry record by
-- an invitation an officer sent (signed, expiring).
CREATE TABLE portal_account (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL UNIQUE CHECK (email = lower(email)),
  person_id uuid UNIQUE REFERENCES person (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_login_at timestamptz
);

-- One-time sign-in codes, kept as keyed hashes; a code is good for ten minutes and five tries.
CREATE TABLE portal_code (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email text NOT NULL,
  code_hash text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  used_at timestamptz
);
CREATE INDEX portal_code_email ON portal_code (email, created_at DESC);

CREATE TABLE portal_session (
  token_hash text PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES portal_account (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX portal_session_account ON portal_session (account_id);
