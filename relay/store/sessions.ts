import { createHash, randomUUID } from 'node:crypto';
import { deadlineFor, eventEffect, type LadderTimes } from '../../src/domain/relay/ladder';
import type { EventPost, PushSubscriptionJSON } from '../../src/domain/relay/wire';
import { closeAlerts, openAlert } from './alerts';
import { appendFeed } from './feed';
import { num, numOrNull, type Db, type Store } from './store';
import { issueToken } from './tokens';

// Sessions and their events. An event, its effect on the deadline and alerts, and its feed row
// are one transaction: a crash stores all of it or nothing, and a replayed seq stores nothing.

/** A session as the API shows it. */
export interface SessionView {
  id: string;
  clinicId: string;
  state: 'live' | 'ended';
  lastSeq: number | null;
  nextDueAt: number | null;
  deadlineAt: number | null;
  /** The deadline already turned into an alert (the sweeper's mark). */
  alertedDeadline: number | null;
  times: LadderTimes;
}

const toView = (r: Record<string, unknown>): SessionView => ({
  id: String(r.id),
  clinicId: String(r.clinic_id),
  state: r.state as SessionView['state'],
  lastSeq: numOrNull(r.last_seq),
  nextDueAt: numOrNull(r.next_due_at),
  deadlineAt: numOrNull(r.deadline_at),
  alertedDeadline: numOrNull(r.alerted_deadline),
  times: {
    missedAfterMs: num(r.missed_after_ms),
    clinicAfterMs: num(r.clinic_after_ms),
    backupAfterMs: num(r.backup_after_ms),
  },
});

/** Opens a session for a clinic; returns its id and the sitter's write token. */
export async function createSession(
  store: Store,
  s: { clinicId: string; times: LadderTimes; push: PushSubscriptionJSON | null },
  now: number,
): Promise<{ sessionId: string; writeToken: string }> {
  return store.tx(async (db) => {
    const id = randomUUID();
    await db.query(
      `INSERT INTO sessions (id, clinic_id, push, missed_after_ms, clinic_after_ms,
         backup_after_ms, created_at, updated_at)
       VALUES ($1, $2, $3::text::jsonb, $4, $5, $6, $7, $7)`,
      [
        id,
        s.clinicId,
        s.push ? JSON.stringify(s.push) : null,
        s.times.missedAfterMs,
        s.times.clinicAfterMs,
        s.times.backupAfterMs,
        now,
      ],
    );
    const writeToken = await issueToken(
      db,
      { kind: 'write', clinicId: s.clinicId, sessionId: id, subjectId: null },
      now,
    );
    await appendFeed(db, {
      clinicId: s.clinicId,
      sessionId: id,
      type: 'session',
      body: { state: 'live' },
      at: now,
    });
    return { sessionId: id, writeToken };
  });
}

/** A session by id. */
export async function getSession(db: Db, id: string): Promise<SessionView | undefined> {
  const [r] = await db.query('SELECT * FROM sessions WHERE id = $1', [id]);
  return r ? toView(r) : undefined;
}

/** The outcome of posting an event. */
export type AppendResult =
  | { status: 'stored' | 'replayed'; session: Pick<SessionView, 'deadlineAt' | 'state'> }
  | { status: 'conflict' | 'ended' };

/** What a replay of a seq is compared by. */
export const digestOf = (e: EventPost) =>
  createHash('sha256')
    .update(JSON.stringify([e.class, e.at, e.nextDueAt, e.enc, e.ciphertext]))
    .digest();

/**
 * Stores an event once and applies its effect on the deadline and the alerts. The time is read
 * once the session is locked: a sweep that alerted while this waited is then in its past.
 */
export async function appendEvent(
  store: Store,
  sessionId: string,
  e: EventPost,
  clock: () => number,
): Promise<AppendResult> {
  return store.tx(async (db) => {
    const [row] = await db.query('SELECT * FROM sessions WHERE id = $1 FOR UPDATE', [sessionId]);
    const now = clock();
    const s = toView(row!);
    const digest = digestOf(e);
    const [old] = await db.query<{ digest: Uint8Array }>(
      'SELECT digest FROM events WHERE session_id = $1 AND seq = $2',
      [sessionId, e.seq],
    );
    if (old)
      return Buffer.from(old.digest).equals(digest)
        ? { status: 'replayed', session: s }
        : { status: 'conflict' };
    // The signed record may follow the end; nothing else may.
    if (s.state === 'ended' && e.class !== 'record') return { status: 'ended' };
    await db.query(
      `INSERT INTO events (session_id, seq, class, at, next_due_at, enc, ciphertext, digest,
         received_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [sessionId, e.seq, e.class, e.at, e.nextDueAt, e.enc, e.ciphertext, digest, now],
    );
    const isLatest = s.lastSeq === null || e.seq > s.lastSeq;
    const effect = eventEffect(e.class, isLatest);
    if (isLatest) await alertIfPassed(db, s, now);
    if (isLatest) {
      const ended = effect.ends || s.state === 'ended';
      const deadline = ended ? null : deadlineFor(e.nextDueAt, s.times);
      await db.query(
        `UPDATE sessions SET last_seq = $2, next_due_at = $3, deadline_at = $4, state = $5,
           updated_at = $6 WHERE id = $1`,
        [sessionId, e.seq, e.nextDueAt, deadline, ended ? 'ended' : 'live', now],
      );
      Object.assign(s, { lastSeq: e.seq, nextDueAt: e.nextDueAt, deadlineAt: deadline });
      if (ended) s.state = 'ended';
    }
    const session = { id: sessionId, clinicId: s.clinicId };
    await closeAlerts(db, session, effect.closes, e.class, now);
    if (effect.emergency)
      await openAlert(
        db,
        { sessionId, clinicId: s.clinicId, kind: 'emergency', deadlineAt: e.at, times: s.times },
        now,
      );
    const { seq, at, nextDueAt, enc, ciphertext } = e;
    await appendFeed(db, {
      clinicId: s.clinicId,
      sessionId,
      type: 'event',
      body: { seq, class: e.class, at, nextDueAt, deadlineAt: s.deadlineAt, enc, ciphertext },
      at: now,
    });
    return { status: 'stored', session: s };
  });
}

/**
 * A deadline that passed before the sweeper's next pass is alerted here, before the event that
 * moves it: every passed deadline is alerted exactly once, even if the check-in came late.
 */
async function alertIfPassed(db: Db, s: SessionView, now: number): Promise<void> {
  if (s.state !== 'live' || s.deadlineAt === null || s.deadlineAt > now) return;
  if (s.alertedDeadline === s.deadlineAt) return;
  await openAlert(
    db,
    {
      sessionId: s.id,
      clinicId: s.clinicId,
      kind: 'overdue',
      deadlineAt: s.deadlineAt,
      times: s.times,
    },
    now,
  );
  await db.query('UPDATE sessions SET alerted_deadline = $2 WHERE id = $1', [s.id, s.deadlineAt]);
}

/** The session's events after `afterSeq`, in seq order (arrival order does not matter). */
export async function eventsAfter(db: Db, sessionId: string, afterSeq: number, limit = 500) {
  const rows = await db.query(
    `SELECT seq, class, at, next_due_at, enc, ciphertext FROM events
     WHERE session_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
    [sessionId, afterSeq, limit],
  );
  return rows.map((r) => ({
    seq: num(r.seq),
    class: String(r.class),
    at: num(r.at),
    nextDueAt: numOrNull(r.next_due_at),
    enc: String(r.enc),
    ciphertext: String(r.ciphertext),
  }));
}
