-- Outbound e-mail (issue 20): every message waits in mail_outbox until it is sent over SMTP
-- (SMTP_URL) — with none configured it stays there, and administrators read what would have gone
-- out. A failed attempt is tried again later (next_attempt_at), up to a limit; the last error is kept.
CREATE TABLE mail_outbox (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind text NOT NULL,
  to_address text NOT NULL,
  subject text NOT NULL,
  body text NOT NULL,
  -- The province the message concerns: its administrators may read it.
  province_code text REFERENCES province (code),
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE status = 'queued';
CREATE INDEX mail_outbox_newest ON mail_outbox (created_at DESC, id DESC);

-- Staff can be written to: reminders of reports owed reach the agency's officers by e-mail.
ALTER TABLE app_user ADD COLUMN email text;
