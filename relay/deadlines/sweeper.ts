import { openAlerts, runLadders, type AlertRow } from '../store/alerts';
import { num, type Store } from '../store/store';
import type { AlertKind } from '../../src/domain/relay/ladder';

// The dead-man's switch, run every second by every relay process. Each pass locks the rows it
// works on with FOR UPDATE SKIP LOCKED, so processes share the work and never do it twice;
// the unique keys on alerts and outbox rows make a repeat after a crash store nothing.

const BATCH = 500;

/** Counts of one batch: rows locked, and alerts opened or outbox rows queued. */
interface Batch {
  rows: number;
  n: number;
}

/** Turns passed deadlines into alerts (once each). */
export async function openPassedDeadlines(store: Store, now: number): Promise<Batch> {
  return store.tx(async (db) => {
    const due = await db.query(
      `SELECT id, clinic_id, deadline_at, missed_after_ms, clinic_after_ms, backup_after_ms
       FROM sessions WHERE state = 'live' AND deadline_at <= $1
         AND (alerted_deadline IS NULL OR alerted_deadline <> deadline_at)
       ORDER BY deadline_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
      [now],
    );
    // The whole batch in a few statements: alerts, their first rungs, the sessions' marks.
    const ids = await openAlerts(
      db,
      due.map((s) => ({
        sessionId: String(s.id),
        clinicId: String(s.clinic_id),
        kind: 'overdue' as const,
        deadlineAt: num(s.deadline_at),
        times: {
          missedAfterMs: num(s.missed_after_ms),
          clinicAfterMs: num(s.clinic_after_ms),
          backupAfterMs: num(s.backup_after_ms),
        },
      })),
      now,
    );
    if (due.length > 0)
      await db.query(
        'UPDATE sessions SET alerted_deadline = deadline_at WHERE id = ANY($1::uuid[])',
        [due.map((s) => s.id)],
      );
    const opened = ids.filter(Boolean).length;
    return { rows: due.length, n: opened };
  });
}

/** Queues the next rung or round of every open alert that has one due. */
export async function advanceLadders(store: Store, now: number): Promise<Batch> {
  return store.tx(async (db) => {
    const due = await db.query(
      `SELECT a.id, a.session_id, a.clinic_id, a.kind, a.deadline_at, a.opened_at,
         s.missed_after_ms, s.clinic_after_ms, s.backup_after_ms
       FROM alerts a JOIN sessions s ON s.id = a.session_id
       WHERE a.acknowledged_at IS NULL AND a.closed_at IS NULL AND a.next_round_at <= $1
       ORDER BY a.next_round_at LIMIT ${BATCH} FOR UPDATE OF a SKIP LOCKED`,
      [now],
    );
    const alerts: AlertRow[] = due.map((r) => ({
      id: String(r.id),
      sessionId: String(r.session_id),
      clinicId: String(r.clinic_id),
      kind: r.kind as AlertKind,
      deadlineAt: num(r.deadline_at),
      openedAt: num(r.opened_at),
      times: {
        missedAfterMs: num(r.missed_after_ms),
        clinicAfterMs: num(r.clinic_after_ms),
        backupAfterMs: num(r.backup_after_ms),
      },
    }));
    const queued = await runLadders(db, alerts, now);
    return { rows: due.length, n: queued };
  });
}

/** One pass: open, then advance (until a batch comes back short). */
export async function sweep(
  store: Store,
  now: number,
): Promise<{ opened: number; queued: number }> {
  let opened = 0;
  let queued = 0;
  for (let b: Batch = { rows: BATCH, n: 0 }; b.rows === BATCH; opened += b.n)
    b = await openPassedDeadlines(store, now);
  for (let b: Batch = { rows: BATCH, n: 0 }; b.rows === BATCH; queued += b.n)
    b = await advanceLadders(store, now);
  return { opened, queued };
}
