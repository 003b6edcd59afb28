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
import { num, type Db, type Store } from '../store/store';

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

function ownerOf(recipient: string): { who: keyof typeof OWNER; id: string | null } {
  const [kind, id] = recipient.split(':');
  if (kind === 'device' || kind === 'watcher') return { who: kind, id: id ?? null };
  return { who: 'sitter', id: null };
}

async function subscriptionOf(db: Db, recipient: string, sessionId: string) {
  const { who, id } = ownerOf(recipient);
  const [r] = await db.query<{ push: PushSubscriptionJSON | null }>(
    `SELECT push FROM ${OWNER[who]} WHERE id = $1`,
    [id ?? sessionId],
  );
  return r?.push ?? null;
}

type Claimed = Record<string, unknown>;

async function record(db: Db, row: Claimed, status: string, out: PushOutcome | null, now: number) {
  const retry = status === 'pending';
  await db.query(
    `UPDATE outbox SET status = $2, lease_until = NULL, last_status = $3, last_error = $4,
       sent_at = CASE WHEN $2 = 'sent' THEN $5::bigint ELSE sent_at END,
       next_attempt_at = $6 WHERE id = $1`,
    [
      row.id,
      status,
      out?.statusCode ?? null,
      out?.error ?? null,
      now,
      retry ? now + backoffMs(num(row.attempts), out?.retryAfterS) : now,
    ],
  );
  if (out)
    await db.query(
      'INSERT INTO push_results (outbox_id, at, status, error) VALUES ($1, $2, $3, $4)',
      [row.id, now, out.statusCode || null, out.error ?? null],
    );
}

function statusFor(out: PushOutcome): string {
  if (out.statusCode >= 200 && out.statusCode < 300) return 'sent';
  if (out.statusCode === 404 || out.statusCode === 410) return 'pruned';
  if (out.statusCode === 0 || out.statusCode === 429 || out.statusCode >= 500) return 'pending';
  return 'failed';
}

async function deliverOne(store: Store, sender: PushSender, row: Claimed, now: () => number) {
  const sessionId = String(row.session_id);
  const recipient = String(row.recipient);
  if (now() - num(row.created_at) > PUSH_TTL_S * 1000)
    return record(store, row, 'expired', null, now());
  const sub = await subscriptionOf(store, recipient, sessionId);
  if (!sub) return record(store, row, 'no-push', null, now());
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
  const status = statusFor(out);
  await store.tx(async (db) => {
    if (status === 'pruned') {
      const { who, id } = ownerOf(recipient);
      await setPush(db, who, id ?? sessionId, null);
    }
    await record(db, row, status, out, now());
  });
}

/** Claims due rows and sends them concurrently; returns how many were claimed. */
export async function deliverDue(
  store: Store,
  sender: PushSender,
  now: () => number,
  limit = 200,
): Promise<number> {
  const t = now();
  const rows = await store.query(
    `UPDATE outbox SET lease_until = $2, attempts = attempts + 1 WHERE id IN (
       SELECT id FROM outbox WHERE status = 'pending' AND next_attempt_at <= $1
         AND (lease_until IS NULL OR lease_until < $1)
       ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED)
     RETURNING *`,
    [t, t + LEASE_MS, limit],
  );
  await Promise.all(rows.map((r) => deliverOne(store, sender, r, now)));
  return rows.length;
}
