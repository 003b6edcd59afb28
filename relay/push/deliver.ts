import {
  pushOpens,
  pushWords,
  type PushKind,
  type PushPayload,
} from '../../src/domain/relay/messages';
import type { Rung } from '../../src/domain/relay/ladder';
import { PUSH_TTL_S } from '../../src/domain/relay/limits';
import type { PushSubscriptionJSON } from '../../src/domain/relay/wire';
import { setPush } from '../store/clinics';
import { num, type Store } from '../store/store';

// Sends what the outbox holds. Rows are leased (not held in a transaction) while a push is on
// the wire, so a slow push service never blocks the database; a process that dies mid-send
// leaves a lease that runs out, and another process sends again (the push service's topic
// replaces a message not yet delivered, so the sitter sees one notification).

/** What the push service answered. */
export interface PushOutcome {
  statusCode: number;
  retryAfterS?: number;
  error?: string;
}

/** Hands one message to a push service (web-push in production, a fake in unit tests). */
export interface PushSender {
  send(
    sub: PushSubscriptionJSON,
    payload: string,
    opts: { topic: string; ttlS: number; urgency: 'high' | 'normal' },
  ): Promise<PushOutcome>;
}

const LEASE_MS = 30_000;
const OWNER = { sitter: 'sessions', device: 'devices', watcher: 'watchers' } as const;

/** Backoff after a 429/5xx: 1 s, 2 s, 4 s … 30 s, or the service's Retry-After. */
export function backoffMs(attempts: number, retryAfterS?: number): number {
  if (retryAfterS !== undefined && retryAfterS > 0) return Math.min(retryAfterS, 120) * 1000;
  return Math.min(30_000, 1000 * 2 ** Math.max(0, attempts - 1));
}

/** Whose subscription a recipient is: a device's, a watcher's, or the session's (the sitter). */
function ownerOf(recipient: string, sessionId: string): { who: keyof typeof OWNER; id: string } {
  const [kind, id] = recipient.split(':');
  if ((kind === 'device' || kind === 'watcher') && id) return { who: kind, id };
  return { who: 'sitter', id: sessionId };
}

type Claimed = Record<string, unknown>;

/** One row's result, stored with the others of its batch in two statements. */
interface Result {
  row: Claimed;
  status: string;
  out: PushOutcome | null;
  at: number;
}

function statusFor(out: PushOutcome): string {
  if (out.statusCode >= 200 && out.statusCode < 300) return 'sent';
  if (out.statusCode === 404 || out.statusCode === 410) return 'pruned';
  if (out.statusCode === 0 || out.statusCode === 429 || out.statusCode >= 500) return 'pending';
  return 'failed';
}

async function sendOne(sender: PushSender, row: Claimed, now: () => number): Promise<Result> {
  const sessionId = String(row.session_id);
  const done = (status: string, out: PushOutcome | null) => ({ row, status, out, at: now() });
  if (now() - num(row.created_at) > PUSH_TTL_S * 1000) return done('expired', null);
  const sub = (row.sub ?? null) as PushSubscriptionJSON | null;
  if (!sub) return done('no-push', null);
  const kind = row.kind as PushKind;
  const rung = row.rung as Rung;
  const payload: PushPayload = {
    kind,
    sessionId,
    alertId: String(row.alert_id),
    rung,
    round: num(row.round),
    ...pushWords(kind, rung),
    open: pushOpens(kind, rung, sessionId),
  };
  const out = await sender
    .send(sub, JSON.stringify(payload), {
      topic: sessionId.replaceAll('-', ''),
      ttlS: PUSH_TTL_S,
      urgency: 'high',
    })
    .catch((e: unknown): PushOutcome => ({ statusCode: 0, error: String(e).slice(0, 500) }));
  return done(statusFor(out), out);
}

const RECORD = `UPDATE outbox o SET status = u.status, lease_until = NULL, last_status = u.code,
    last_error = u.error, sent_at = CASE WHEN u.status = 'sent' THEN u.at ELSE o.sent_at END,
    next_attempt_at = u.next
  FROM unnest($1::bigint[], $2::text[], $3::int[], $4::text[], $5::bigint[], $6::bigint[])
    AS u (id, status, code, error, at, next)
  WHERE o.id = u.id`;

const RESULTS = `INSERT INTO push_results (outbox_id, at, status, error)
  SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::int[], $4::text[])`;

/** Stores a batch's results (and prunes the subscriptions called gone) in one transaction. */
async function record(store: Store, results: Result[]): Promise<void> {
  if (results.length === 0) return;
  const next = (r: Result) =>
    r.status === 'pending' ? r.at + backoffMs(num(r.row.attempts), r.out?.retryAfterS) : r.at;
  const answered = results.filter((r) => r.out);
  await store.tx(async (db) => {
    // Owners in one order, so two processes pruning at once never wait on each other in a ring.
    const gone = results
      .filter((x) => x.status === 'pruned')
      .map((r) => ownerOf(String(r.row.recipient), String(r.row.session_id)))
      .sort((a, b) => `${a.who}:${a.id}`.localeCompare(`${b.who}:${b.id}`));
    for (const { who, id } of gone) await setPush(db, who, id, null);
    await db.query(RECORD, [
      results.map((r) => r.row.id),
      results.map((r) => r.status),
      results.map((r) => r.out?.statusCode ?? null),
      results.map((r) => r.out?.error ?? null),
      results.map((r) => r.at),
      results.map(next),
    ]);
    if (answered.length > 0)
      await db.query(RESULTS, [
        answered.map((r) => r.row.id),
        answered.map((r) => r.at),
        answered.map((r) => r.out!.statusCode || null),
        answered.map((r) => r.out!.error ?? null),
      ]);
  });
}

// Claims due rows (leased, not locked) with each recipient's subscription, in one statement.
const CLAIM = `WITH c AS (
    UPDATE outbox SET lease_until = $2, attempts = attempts + 1 WHERE id IN (
      SELECT id FROM outbox WHERE status = 'pending' AND next_attempt_at <= $1
        AND (lease_until IS NULL OR lease_until < $1)
      ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED)
    RETURNING *)
  SELECT c.*, CASE WHEN c.recipient = 'sitter' THEN s.push WHEN d.id IS NOT NULL THEN d.push
    ELSE w.push END AS sub
  FROM c
  LEFT JOIN sessions s ON c.recipient = 'sitter' AND s.id = c.session_id
  LEFT JOIN devices d ON c.recipient LIKE 'device:%' AND d.id::text = substr(c.recipient, 8)
  LEFT JOIN watchers w ON c.recipient LIKE 'watcher:%' AND w.id::text = substr(c.recipient, 9)
  ORDER BY c.next_attempt_at, c.id`;

/** Claims due rows and sends them concurrently; returns how many were claimed. */
export async function deliverDue(
  store: Store,
  sender: PushSender,
  now: () => number,
  limit = 200,
): Promise<number> {
  const t = now();
  const rows = await store.query(CLAIM, [t, t + LEASE_MS, limit]);
  await record(store, await Promise.all(rows.map((r) => sendOne(sender, r, now))));
  return rows.length;
}
