-- Sitwell relay schema 2: the alert ladder (alerts, outbox), backup contacts (watchers), the
-- clinic's live feed, and every push delivery result.

-- Existing sessions keep Sitwell's default ladder minutes [SITWELL-DEFAULT].
ALTER TABLE sessions
  ADD COLUMN clinic_after_ms bigint NOT NULL DEFAULT 60000,
  ADD COLUMN backup_after_ms bigint NOT NULL DEFAULT 600000,
  ADD COLUMN alerted_deadline bigint;

CREATE INDEX sessions_deadline ON sessions (deadline_at) WHERE state = 'live';

CREATE TABLE watchers (
  id uuid PRIMARY KEY,
  session_id uuid NOT NULL REFERENCES sessions (id),
  label text,
  push jsonb,
  created_at bigint NOT NULL
);

-- One row per passed deadline (or emergency): the unique key makes "exactly once" a constraint.
CREATE TABLE alerts (
  id uuid PRIMARY KEY,
  session_id uuid NOT NULL REFERENCES sessions (id),
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  kind text NOT NULL CHECK (kind IN ('overdue', 'emergency')),
  deadline_at bigint NOT NULL,
  opened_at bigint NOT NULL,
  next_round_at bigint,
  acknowledged_at bigint,
  acknowledged_by text,
  closed_at bigint,
  closed_by text,
  UNIQUE (session_id, kind, deadline_at)
);

CREATE INDEX alerts_due ON alerts (next_round_at)
  WHERE acknowledged_at IS NULL AND closed_at IS NULL;

-- One row per message: (alert, recipient, kind, round) is sent at most once.
CREATE TABLE outbox (
  id bigserial PRIMARY KEY,
  alert_id uuid NOT NULL REFERENCES alerts (id),
  session_id uuid NOT NULL,
  rung text NOT NULL CHECK (rung IN ('sitter', 'clinic', 'backup')),
  recipient text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('overdue', 'emergency', 'all-clear', 'acknowledged')),
  round integer NOT NULL,
  created_at bigint NOT NULL,
  status text NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending', 'sent', 'failed', 'pruned', 'expired', 'cancelled', 'no-push')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at bigint NOT NULL,
  lease_until bigint,
  sent_at bigint,
  last_status integer,
  last_error text,
  UNIQUE (alert_id, recipient, kind, round)
);

CREATE INDEX outbox_pending ON outbox (next_attempt_at) WHERE status = 'pending';

CREATE TABLE push_results (
  id bigserial PRIMARY KEY,
  outbox_id bigint NOT NULL REFERENCES outbox (id),
  at bigint NOT NULL,
  status integer,
  error text
);

-- The clinic's live stream, in order; SSE ids are feed ids, so Last-Event-ID resumes.
CREATE TABLE feed (
  id bigserial PRIMARY KEY,
  clinic_id uuid NOT NULL REFERENCES clinics (id),
  session_id uuid NOT NULL,
  type text NOT NULL,
  body jsonb NOT NULL,
  at bigint NOT NULL
);

CREATE INDEX feed_clinic ON feed (clinic_id, id);
