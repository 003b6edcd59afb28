import type { Entry } from '../domain/log/entry';
import type { SessionRecord } from '../domain/log/session';
import type { Db } from './db';
import { toStorageError } from './storage-error';

// Verbs for the sessions store. A session's course lives in its entries; this record holds only
// what was fixed at the start (protocol, contacts, people) and whether it has ended.

/** Create a session and its first entries in one strict transaction: all of it is saved, or none. */
export async function createSession(
  db: Db,
  session: SessionRecord,
  firstEntries: Entry[],
): Promise<void> {
  try {
    const tx = db.transaction(['sessions', 'entries'], 'readwrite', { durability: 'strict' });
    const writes: Promise<unknown>[] = [tx.objectStore('sessions').add(session)];
    for (const e of firstEntries) writes.push(tx.objectStore('entries').add(e));
    await Promise.all([...writes, tx.done]);
  } catch (err) {
    throw toStorageError(err);
  }
}

/** Mark a session ended (after its `session-ended` entry has been written). */
export async function markSessionEnded(db: Db, id: string): Promise<void> {
  try {
    const tx = db.transaction('sessions', 'readwrite', { durability: 'strict' });
    const rec = await tx.store.get(id);
    if (rec && rec.status !== 'ended') await tx.store.put({ ...rec, status: 'ended' });
    await tx.done;
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
