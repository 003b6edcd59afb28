import type { SessionRecord } from '../domain/log/session';
import { isCurrentDigest } from '../domain/log/digest-check';
import type { SessionDigest } from '../domain/log/session-digest';
import type { Db } from './db';
import { toStorageError } from './storage-error';

// Verbs for the sessions store. A session's course lives in its entries; this record holds only
// what was fixed at the start (protocol, contacts, people) and whether it has ended.

/**
 * Mark a session ended (after its `session-ended` entry has been written), storing its digest in
 * the same strict transaction when one is given, so the home list never has to read its entries.
 */
export async function markSessionEnded(db: Db, id: string, digest?: SessionDigest): Promise<void> {
  try {
    const tx = db.transaction('sessions', 'readwrite', { durability: 'strict' });
    const rec = await tx.store.get(id);
    const needsDigest = digest !== undefined && !isCurrentDigest(rec?.digest);
    if (rec && (rec.status !== 'ended' || needsDigest))
      await tx.store.put({ ...rec, status: 'ended', ...(needsDigest && { digest }) });
    await tx.done;
  } catch (err) {
    throw toStorageError(err);
  }
}

/** Backfill the digest of an ended session that has none (or an older one); false if not stored. */
export async function saveSessionDigest(
  db: Db,
  id: string,
  digest: SessionDigest,
): Promise<boolean> {
  try {
    const tx = db.transaction('sessions', 'readwrite', { durability: 'strict' });
    const rec = await tx.store.get(id);
    // Only ended sessions: a running session's figures are still changing.
    const write = rec?.status === 'ended';
    if (write) await tx.store.put({ ...rec, digest });
    await tx.done;
    return write;
  } catch (err) {
    throw toStorageError(err);
  }
}

/** All sessions, newest first. */
export async function listSessions(db: Db): Promise<SessionRecord[]> {
  const all = await db.getAllFromIndex('sessions', 'byCreatedAt');
  return all.reverse();
}

/** One session by id. */
export function getSession(db: Db, id: string): Promise<SessionRecord | undefined> {
  return db.get('sessions', id);
}

/** The session still running, if any (at most one is active at a time). */
export async function activeSession(db: Db): Promise<SessionRecord | undefined> {
  const all = await listSessions(db);
  return all.find((s) => s.status === 'active');
}
