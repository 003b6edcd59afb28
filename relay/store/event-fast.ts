import type { EventPost } from '../../src/domain/relay/wire';
import { LOCK_SQL, NOTIFY_SQL } from './feed';
import { digestOf, type AppendResult } from './sessions';
import { numOrNull, type Store } from './store';

// The common event POST in one statement (one round trip, its own transaction): a check-in or
// a record on a live session with nothing to alert and nothing to close. It locks the session,
// checks for a stored seq, inserts the event, moves the deadline, and writes and announces the
// feed row. Anything else (an emergency, an end, a passed deadline, an open alert to close, a
// session changed by another transaction since this statement began) stores nothing here and
// is left to appendEvent's transaction, which handles every case.
//
// Why "changed since this statement began": a statement reads with the snapshot it started
// with, except the row it locks, which it sees as last committed. A sweeper that opened an
// alert while this waited for the lock changed the session row (alerted_deadline); comparing
// the row's version (xmin) as locked with the version in the snapshot catches that, so an
// alert is never missed by a check-in that should close it. And a deadline another process
// already alerted, though by this request's clock it has not passed, goes to the transaction
// too: it reads the time again once it holds the session, after that sweep.

const FAST = `WITH snap AS (SELECT xmin::text AS v FROM sessions WHERE id = $1::uuid),
  s AS (
    SELECT id, clinic_id, state, deadline_at, alerted_deadline, missed_after_ms, xmin::text AS v,
      (last_seq IS NULL OR $2::int > last_seq) AS latest
    FROM sessions WHERE id = $1::uuid FOR UPDATE),
  old AS (SELECT digest FROM events WHERE session_id = $1::uuid AND seq = $2::int),
  go AS (
    SELECT s.*, CASE WHEN s.latest THEN $5::bigint + s.missed_after_ms ELSE s.deadline_at END
      AS deadline
    FROM s JOIN snap ON snap.v = s.v
    WHERE NOT EXISTS (SELECT 1 FROM old) AND s.state = 'live'
      AND $3::text NOT IN ('emergency', 'resolved', 'ended')
      AND NOT COALESCE(s.latest AND s.deadline_at <= $9::bigint
        AND s.alerted_deadline IS DISTINCT FROM s.deadline_at, false)
      AND NOT COALESCE(s.latest AND s.alerted_deadline = s.deadline_at
        AND s.deadline_at > $9::bigint, false)
      AND NOT (s.latest AND $3::text = 'check-in' AND EXISTS (SELECT 1 FROM alerts a
        WHERE a.session_id = s.id AND a.kind = 'overdue' AND a.closed_at IS NULL))),
  ins AS (
    INSERT INTO events (session_id, seq, class, at, next_due_at, enc, ciphertext, digest,
      received_at)
    SELECT id, $2::int, $3::text, $4::bigint, $5::bigint, $6::text, $7::text, $8::bytea,
      $9::bigint FROM go
    ON CONFLICT DO NOTHING RETURNING session_id),
  upd AS (
    UPDATE sessions x SET last_seq = $2::int, next_due_at = $5::bigint,
      deadline_at = go.deadline, updated_at = $9::bigint
    FROM go, ins WHERE x.id = go.id AND go.latest RETURNING x.id),
  l AS (SELECT ${LOCK_SQL('go.clinic_id::text')} FROM go, ins),
  f AS (
    INSERT INTO feed (clinic_id, session_id, type, body, at)
    SELECT go.clinic_id, go.id, 'event', jsonb_build_object('seq', $2::int, 'class', $3::text,
      'at', $4::bigint, 'nextDueAt', $5::bigint, 'deadlineAt', go.deadline, 'enc', $6::text,
      'ciphertext', $7::text), $9::bigint
    FROM go, ins WHERE (SELECT count(*) FROM l) >= 0
    RETURNING id, clinic_id, session_id, type, body, at),
  n AS (SELECT ${NOTIFY_SQL('f')} FROM f)
  SELECT (SELECT count(*) FROM s)::int AS found, (SELECT digest = $8::bytea FROM old) AS same,
    (SELECT count(*) FROM ins)::int AS stored, (SELECT deadline FROM go) AS new_deadline,
    (SELECT deadline_at FROM s) AS deadline_at, (SELECT state FROM s) AS state,
    (SELECT count(*) FROM n)::int AS notified, (SELECT count(*) FROM upd)::int AS moved`;

/** Stores the common event in one statement; undefined when appendEvent must do it. */
export async function appendEventFast(
  store: Store,
  sessionId: string,
  e: EventPost,
  now: number,
): Promise<AppendResult | undefined> {
  const [r] = await store.query<{
    found: number;
    same: boolean | null;
    stored: number;
    new_deadline: unknown;
    deadline_at: unknown;
    state: 'live' | 'ended';
  }>(FAST, [sessionId, e.seq, e.class, e.at, e.nextDueAt, e.enc, e.ciphertext, digestOf(e), now]);
  if (!r || r.found === 0) return undefined;
  if (r.same !== null)
    return r.same
      ? { status: 'replayed', session: { deadlineAt: numOrNull(r.deadline_at), state: r.state } }
      : { status: 'conflict' };
  if (r.stored === 0) return undefined;
  return { status: 'stored', session: { deadlineAt: numOrNull(r.new_deadline), state: 'live' } };
}
