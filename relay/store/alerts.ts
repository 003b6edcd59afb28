import { randomUUID } from 'node:crypto';
import {
  dueRounds,
  ladderStart,
  nextRoundAt,
  type AlertKind,
  type LadderTimes,
  type Rung,
} from '../../src/domain/relay/ladder';
import { appendFeed } from './feed';
import { num, type Db } from './store';

// Alerts and their outbox rows. An alert is unique per (session, kind, deadline); an outbox row
// per (alert, recipient, kind, round): every path here may run twice (two processes, a retry
// after a crash) and still store each once.

/** An open alert with what the ladder needs. */
export interface AlertRow {
  id: string;
  sessionId: string;
  clinicId: string;
  kind: AlertKind;
  deadlineAt: number;
  openedAt: number;
  times: LadderTimes;
}

const RECIPIENTS: Record<Rung, string> = {
  sitter: `SELECT 'sitter' AS recipient, push FROM sessions WHERE id = $1`,
  clinic: `SELECT 'device:' || d.id AS recipient, d.push FROM devices d
            JOIN sessions s ON s.clinic_id = d.clinic_id WHERE s.id = $1`,
  backup: `SELECT 'watcher:' || id AS recipient, push FROM watchers WHERE session_id = $1`,
};

/** Stores one message for every recipient on a rung (those without push as 'no-push'). */
export async function queueRung(
  db: Db,
  a: Pick<AlertRow, 'id' | 'sessionId'>,
  rung: Rung,
  kind: string,
  round: number,
  now: number,
  only?: (recipient: string) => boolean,
): Promise<number> {
  const who = await db.query<{ recipient: string; push: unknown }>(RECIPIENTS[rung], [a.sessionId]);
  let n = 0;
  for (const r of who.filter((w) => !only || only(w.recipient))) {
    const rows = await db.query(
      `INSERT INTO outbox (alert_id, session_id, rung, recipient, kind, round, created_at, status,
         next_attempt_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $7)
       ON CONFLICT DO NOTHING RETURNING id`,
      [a.id, a.sessionId, rung, r.recipient, kind, round, now, r.push ? 'pending' : 'no-push'],
    );
    n += rows.length;
  }
  return n;
}

/** Queues the rounds due now for an open alert and sets when the next falls due. */
export async function runLadder(db: Db, a: AlertRow, now: number): Promise<number> {
  const start = ladderStart(a.kind, a.deadlineAt, a.openedAt);
  let queued = 0;
  for (const { rung, round } of dueRounds(a.kind, start, a.times, now)) {
    const n = await queueRung(db, a, rung, a.kind, round, now);
    if (n > 0 && round === 0) {
      await appendFeed(db, {
        clinicId: a.clinicId,
        sessionId: a.sessionId,
        type: 'alert',
        body: { alertId: a.id, kind: a.kind, rung, deadlineAt: a.deadlineAt },
        at: now,
      });
    }
    queued += n;
  }
  await db.query('UPDATE alerts SET next_round_at = $2 WHERE id = $1', [
    a.id,
    nextRoundAt(a.kind, start, a.times, now),
  ]);
  return queued;
}

/** Opens an alert (once: a second call for the same deadline does nothing) and runs its ladder. */
export async function openAlert(
  db: Db,
  a: Omit<AlertRow, 'id' | 'openedAt'>,
  now: number,
): Promise<string | undefined> {
  const id = randomUUID();
  const rows = await db.query(
    `INSERT INTO alerts (id, session_id, clinic_id, kind, deadline_at, opened_at, next_round_at)
     VALUES ($1, $2, $3, $4, $5, $6, $6) ON CONFLICT DO NOTHING RETURNING id`,
    [id, a.sessionId, a.clinicId, a.kind, a.deadlineAt, now],
  );
  if (rows.length === 0) return undefined;
  await runLadder(db, { ...a, id, openedAt: now }, now);
  return id;
}

// Those a message was (or may have been) handed to: sent, or in flight under a lease.
const ALERTED = `SELECT DISTINCT rung, recipient FROM outbox WHERE alert_id = $1
  AND kind IN ('overdue', 'emergency')
  AND (status = 'sent' OR (status = 'pending' AND attempts > 0))`;

/** Tells everyone already alerted (but `except`) with a `kind` message, and cancels what waits. */
async function tellAlerted(
  db: Db,
  alert: Pick<AlertRow, 'id' | 'sessionId'>,
  kind: string,
  now: number,
  except?: string,
) {
  const alerted = await db.query<{ rung: Rung; recipient: string }>(ALERTED, [alert.id]);
  await db.query(
    `UPDATE outbox SET status = 'cancelled' WHERE alert_id = $1 AND status = 'pending'
       AND attempts = 0 AND kind IN ('overdue', 'emergency')`,
    [alert.id],
  );
  for (const rung of new Set(alerted.map((r) => r.rung))) {
    const names = new Set(alerted.filter((r) => r.rung === rung).map((r) => r.recipient));
    await queueRung(db, alert, rung, kind, 0, now, (r) => names.has(r) && r !== except);
  }
  // The sitter always hears that the clinic knows, alerted or not.
  if (kind === 'acknowledged' && !alerted.some((r) => r.rung === 'sitter'))
    await queueRung(db, alert, 'sitter', kind, 0, now);
}

/** Closes the session's open alerts of these kinds ("all clear"); returns how many. */
export async function closeAlerts(
  db: Db,
  session: { id: string; clinicId: string },
  kinds: AlertKind[],
  by: string,
  now: number,
): Promise<number> {
  if (kinds.length === 0) return 0;
  const closed = await db.query<{ id: string; kind: string }>(
    `UPDATE alerts SET closed_at = $3, closed_by = $4
     WHERE session_id = $1 AND kind = ANY($2::text[]) AND closed_at IS NULL RETURNING id, kind`,
    [session.id, kinds, now, by],
  );
  for (const c of closed) {
    await tellAlerted(db, { id: c.id, sessionId: session.id }, 'all-clear', now);
    await appendFeed(db, {
      clinicId: session.clinicId,
      sessionId: session.id,
      type: 'alert-closed',
      body: { alertId: c.id, kind: c.kind, by },
      at: now,
    });
  }
  return closed.length;
}

/** The outcome of an acknowledgment. */
export interface AckResult {
  first: boolean;
  alertIds: string[];
  by: string | null;
  at: number | null;
}

/** Acknowledges the session's open alerts (or one): the first acknowledgment wins. */
export async function acknowledge(
  db: Db,
  session: { id: string; clinicId: string },
  by: string,
  now: number,
  alertId?: string,
): Promise<AckResult> {
  const won = await db.query<{ id: string }>(
    `UPDATE alerts SET acknowledged_at = $2, acknowledged_by = $3
     WHERE session_id = $1 AND acknowledged_at IS NULL AND closed_at IS NULL
       AND ($4::uuid IS NULL OR id = $4::uuid) RETURNING id`,
    [session.id, now, by, alertId ?? null],
  );
  for (const w of won) {
    await tellAlerted(db, { id: w.id, sessionId: session.id }, 'acknowledged', now, by);
    await appendFeed(db, {
      clinicId: session.clinicId,
      sessionId: session.id,
      type: 'acknowledged',
      body: { alertId: w.id, by },
      at: now,
    });
  }
  if (won.length > 0) return { first: true, alertIds: won.map((w) => w.id), by, at: now };
  const [last] = await db.query<{ id: string; acknowledged_by: string; acknowledged_at: unknown }>(
    `SELECT id, acknowledged_by, acknowledged_at FROM alerts WHERE session_id = $1
       AND acknowledged_at IS NOT NULL ORDER BY acknowledged_at DESC LIMIT 1`,
    [session.id],
  );
  return last
    ? { first: false, alertIds: [last.id], by: last.acknowledged_by, at: num(last.acknowledged_at) }
    : { first: false, alertIds: [], by: null, at: null };
}
