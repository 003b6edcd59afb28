-- Sitwell relay schema 1: clinics and their devices, sessions, their events, capability tokens.
-- Times are epoch milliseconds (bigint). Content is never stored: only HPKE ciphertext.

CREATE TABLE settings (
  key text PRIMARY KEY,
  value text NOT NULL
);

CREATE TABLE clinics (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  public_key text NOT NULL,
  created_at bigint NOT NULL
);

CREATE TABLE devices (
  id uuid PRIMARY KEY,
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  label text,
  push jsonb,
  created_at bigint NOT NULL
);

CREATE TABLE sessions (
  id uuid PRIMARY KEY,
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  state text NOT NULL DEFAULT 'live' CHECK (state IN ('live', 'ended')),
  push jsonb,
  missed_after_ms bigint NOT NULL,
  last_seq integer,
  next_due_at bigint,
  deadline_at bigint,
  created_at bigint NOT NULL,
  updated_at bigint NOT NULL
);

-- A token is `<id>.<secret>`; only SHA-256(secret) is kept.
CREATE TABLE tokens (
  id text PRIMARY KEY,
  hash bytea NOT NULL,
  kind text NOT NULL CHECK (kind IN ('device', 'write', 'watch')),
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  session_id uuid REFERENCES sessions (id),
  subject_id uuid,
  created_at bigint NOT NULL
);

CREATE TABLE events (
  session_id uuid NOT NULL REFERENCES sessions (id),
  seq integer NOT NULL,
  class text NOT NULL,
  at bigint NOT NULL,
  next_due_at bigint,
  enc text NOT NULL,
  ciphertext text NOT NULL,
  digest bytea NOT NULL,
  received_at bigint NOT NULL,
  PRIMARY KEY (session_id, seq)
);

CREATE INDEX sessions_clinic ON sessions (clinic_id, state);
