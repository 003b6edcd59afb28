import type { LiveShare, SessionRecord } from '../domain/log/session';
import type { Db, LinkRow, OutboxRow } from './db';
import { queuedEvent } from './outbox-row';
import { toStorageError } from './storage-error';

// Verbs for live oversight: the outbox of events for the clinic and each session's link. The
// log stays the truth; these rows only say what has been sent of it.

const sessionKeys = (sessionId: string): IDBKeyRange =>
  IDBKeyRange.bound([sessionId, 0], [sessionId, Number.MAX_SAFE_INTEGER]);

/**
 * Share a running session live: its record gains `live`, and every entry already in its log gets
 * its queued event, in one strict transaction, so no entry is ever left without one. Entries
 * written after this carry their events themselves (EntryLog.setLive). Returns the new record.
 */
export async function shareSessionLive(
  db: Db,
  sessionId: string,
  live: LiveShare,
): Promise<SessionRecord> {
  try {
    const tx = db.transaction(['sessions', 'entries', 'outbox'], 'readwrite', {
      durability: 'strict',
    });
    const session = await tx.objectStore('sessions').get(sessionId);
    if (!session) throw new Error(`No session ${sessionId} to share.`);
    const next = { ...session, live };
    const entries = await tx
      .objectStore('entries')
      .index('bySessionSeq')
      .getAll(IDBKeyRange.bound([sessionId, 0], [sessionId, Number.MAX_SAFE_INTEGER]));
    const outbox = tx.objectStore('outbox');
    const have = new Set((await outbox.getAllKeys(sessionKeys(sessionId))).map((k) => k[1]));
    const writes: Promise<unknown>[] = [tx.objectStore('sessions').put(next)];
    for (const e of entries) if (!have.has(e.seq)) writes.push(outbox.add(queuedEvent(e)));
    await Promise.all([...writes, tx.done]);
    return next;
  } catch (err) {
    throw toStorageError(err);
  }
}

/** The session's events not yet stored by the relay, in seq order. */
export async function unsentEvents(db: Db, sessionId: string): Promise<OutboxRow[]> {
  const rows = await db.getAll('outbox', sessionKeys(sessionId));
  return rows.filter((r) => r.state !== 'sent');
}

/** Every outbox row of a session, in seq order (sent ones too). */
export function outboxRows(db: Db, sessionId: string): Promise<OutboxRow[]> {
  return db.getAll('outbox', sessionKeys(sessionId));
}

/** Store a row's new state (sealed, sent, one more attempt). */
export async function saveOutboxRow(db: Db, row: OutboxRow): Promise<void> {
  await db.put('outbox', row);
}

/** The session's link to the relay, if it has one. */
export function readLink(db: Db, sessionId: string): Promise<LinkRow | undefined> {
  return db.get('links', sessionId);
}

/** Store the session's link. */
export async function saveLink(db: Db, link: LinkRow): Promise<void> {
  await db.put('links', link);
}

/**
 * Keep the sitter's backup-alarm subscription for the session, to be handed to the relay, or why
 * there is none (shown on the session screen).
 */
export async function saveLinkSubscription(
  db: Db,
  sessionId: string,
  result: { subscription: unknown } | { problem: string },
  at: number,
): Promise<void> {
  const tx = db.transaction('links', 'readwrite');
  const link = (await tx.store.get(sessionId)) ?? {
    sessionId,
    watchers: [],
    acknowledged: [],
    updatedAt: at,
  };
  await Promise.all([
    tx.store.put(
      'subscription' in result
        ? { ...link, subscription: result.subscription, subscriptionSent: false, updatedAt: at }
        : { ...link, subscriptionProblem: result.problem, updatedAt: at },
    ),
    tx.done,
  ]);
}

/**
 * Queue the final record's parts after the log's last entry and mark the link, in one
 * transaction, so the record is queued once however often the end is seen.
 */
export async function queueRecordParts(
  db: Db,
  sessionId: string,
  afterSeq: number,
  parts: NonNullable<OutboxRow['record']>[],
): Promise<void> {
  const tx = db.transaction(['links', 'outbox'], 'readwrite', { durability: 'strict' });
  const link = await tx.objectStore('links').get(sessionId);
  if (!link || link.recordQueued) return tx.done;
  const writes: Promise<unknown>[] = [
    tx.objectStore('links').put({ ...link, recordQueued: true }),
    ...parts.map((record, i) =>
      tx.objectStore('outbox').add({
        sessionId,
        seq: afterSeq + 1 + i,
        state: 'queued',
        attempts: 0,
        record,
      }),
    ),
  ];
  await Promise.all([...writes, tx.done]);
}

/** The most recent shared session that still has something to send (after a reload). */
export async function linkStillSending(db: Db): Promise<LinkRow | undefined> {
  const links = (await db.getAll('links')).sort((a, b) => b.updatedAt - a.updatedAt);
  for (const link of links) {
    if (!link.relaySessionId) continue;
    if (!link.recordQueued || (await unsentEvents(db, link.sessionId)).length > 0) return link;
  }
  return undefined;
}
