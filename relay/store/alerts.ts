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

// Recipients of a rung for many sessions at once: (session, recipient, whether it has push).
const RECIPIENTS_OF: Record<Rung, string> = {
  sitter: `SELECT id AS session_id, 'sitter' AS recipient, push IS NOT NULL AS has_push
           FROM sessions WHERE id = ANY($1::uuid[])`,
  clinic: `SELECT s.id AS session_id, 'device:' || d.id AS recipient, d.push IS NOT NULL AS has_push
           FROM devices d JOIN sessions s ON s.clinic_id = d.clinic_id
           WHERE s.id = ANY($1::uuid[]) ORDER BY d.created_at, d.id`,
  backup: `SELECT session_id, 'watcher:' || id AS recipient, push IS NOT NULL AS has_push
           FROM watchers WHERE session_id = ANY($1::uuid[]) ORDER BY created_at, id`,
};

const QUEUE = `INSERT INTO outbox (alert_id, session_id, rung, recipient, kind, round, created_at,
    status, next_attempt_at)
  SELECT a, s, r, p, k, n, $7::bigint, st, $7::bigint
  FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::int[], $8::text[])
    AS u (a, s, r, p, k, n, st)
  ON CONFLICT DO NOTHING RETURNING alert_id, rung, round`;

/**
 * Queues the rounds due now for open alerts (a sweep's whole batch in a few statements) and
 * sets when each one's next round falls due; returns how many outbox rows were stored.
 */
export async function runLadders(db: Db, alerts: AlertRow[], now: number): Promise<number> {
  if (alerts.length === 0) return 0;
  const plans = alerts.map((a) => {
    const start = ladderStart(a.kind, a.deadlineAt, a.openedAt);
    return { a, start, rounds: dueRounds(a.kind, start, a.times, now) };
  });
  const who = new Map<string, { recipient: string; has_push: boolean }[]>();
  for (const rung of ['sitter', 'clinic', 'backup'] as const) {
    const ids = new Set(plans.filter((p) => p.rounds.some((r) => r.rung === rung)));
    if (ids.size === 0) continue;
    const sessions = [...new Set([...ids].map((p) => p.a.sessionId))];
    const rows = await db.query<{ session_id: string; recipient: string; has_push: boolean }>(
      RECIPIENTS_OF[rung],
      [sessions],
    );
    for (const r of rows) {
      const key = `${rung}:${r.session_id}`;
      who.set(key, [...(who.get(key) ?? []), r]);
    }
  }
  const cols: unknown[][] = [[], [], [], [], [], [], []];
  for (const { a, rounds } of plans)
    for (const { rung, round } of rounds)
      for (const r of who.get(`${rung}:${a.sessionId}`) ?? [])
        [
          a.id,
          a.sessionId,
          rung,
          r.recipient,
          a.kind,
          round,
          r.has_push ? 'pending' : 'no-push',
        ].forEach((v, i) => cols[i]!.push(v));
  const stored =
    cols[0]!.length === 0
      ? []
      : await db.query<{ alert_id: string; rung: Rung; round: number }>(QUEUE, [
          ...cols.slice(0, 6),
          now,
          cols[6],
        ]);
  const began = new Set(
    stored.filter((r) => num(r.round) === 0).map((r) => `${r.alert_id}:${r.rung}`),
  );
  for (const { a, rounds } of plans)
    for (const { rung, round } of rounds)
      if (round === 0 && began.has(`${a.id}:${rung}`))
        await appendFeed(db, {
          clinicId: a.clinicId,
          sessionId: a.sessionId,
          type: 'alert',
          body: { alertId: a.id, kind: a.kind, rung, deadlineAt: a.deadlineAt },
          at: now,
        });
  await db.query(
    `UPDATE alerts a SET next_round_at = u.t FROM unnest($1::uuid[], $2::bigint[]) AS u (id, t)
     WHERE a.id = u.id`,
    [plans.map((p) => p.a.id), plans.map((p) => nextRoundAt(p.a.kind, p.start, p.a.times, now))],
  );
  return stored.length;
}

/** Queues the rounds due now for an open alert and sets when the next falls due. */
export async function runLadder(db: Db, a: AlertRow, now: number): Promise<number> {
  return runLadders(db, [a], now);
}

const OPEN = `INSERT INTO alerts (id, session_id, clinic_id, kind, deadline_at, opened_at,
    next_round_at)
  SELECT id, s, c, k, d, $6::bigint, $6::bigint
  FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::bigint[]) AS u (id, s, c, k, d)
  ON CONFLICT DO NOTHING RETURNING id`;

/**
 * Opens alerts (each once: a second call for the same deadline does nothing) and runs their
 * ladders; returns the ids of those opened now, in the order given.
 */
export async function openAlerts(
  db: Db,
  list: Omit<AlertRow, 'id' | 'openedAt'>[],
  now: number,
): Promise<(string | undefined)[]> {
  if (list.length === 0) return [];
  const ids = list.map(() => randomUUID());
  const rows = await db.query<{ id: string }>(OPEN, [
    ids,
    list.map((a) => a.sessionId),
    list.map((a) => a.clinicId),
    list.map((a) => a.kind),
    list.map((a) => a.deadlineAt),
    now,
  ]);
  const won = new Set(rows.map((r) => String(r.id)));
  const opened = list
    .map((a, i) => ({ ...a, id: ids[i]!, openedAt: now }))
    .filter((a) => won.has(a.id));
  await runLadders(db, opened, now);
  return ids.map((id) => (won.has(id) ? id : undefined));
}

/** Opens an alert (once: a second call for the same deadline does nothing) and runs its ladder. */
export async function openAlert(
  db: Db,
  a: Omit<AlertRow, 'id' | 'openedAt'>,
  now: number,
): Promise<string | undefined> {
  const [id] = await openAlerts(db, [a], now);
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
