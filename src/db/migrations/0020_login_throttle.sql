-- Failed sign-ins are counted per username, whether or not an account has it: a locked account and an
-- unknown name then answer alike (423 after as many failures), and nothing tells which names exist.
CREATE TABLE login_throttle (
  username text PRIMARY KEY CHECK (username = lower(username)),
  failures integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  last_failure_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_throttle_stale ON login_throttle (last_failure_at);
INSERT INTO login_throttle (username, failures, locked_until)
  SELECT username, failed_login_count, locked_until FROM app_user
  WHERE failed_login_count > 0 OR locked_until IS NOT NULL;
ALTER TABLE app_user DROP COLUMN failed_login_count, DROP COLUMN locked_until;

CREATE INDEX user_session_expiry ON user_session (expires_at);
