import type { Entry } from '../domain/log/entry';
import type { SessionRecord } from '../domain/log/session';
import type { Db } from './db';
import { queuedEvent } from './outbox-row';
import { toStorageError } from './storage-error';

// Starting a session, apart from the other session verbs: only the session store (loaded after
// the first screen) needs it, so the first screen's script stays within its budget.

/**
 * Create a session and its first entries in one strict transaction: all of it is saved, or none.
 */
export async function createSession(
  db: Db,
  session: SessionRecord,
  firstEntries: Entry[],
): Promise<void> {
  try {
    const tx = db.transaction(['sessions', 'entries', 'outbox'], 'readwrite', {
      durability: 'strict',
    });
    const writes: Promise<unknown>[] = [tx.objectStore('sessions').add(session)];
    for (const e of firstEntries) {
      writes.push(tx.objectStore('entries').add(e));
      // Shared live from the start: each first entry has its event in the same commit.
      if (session.live) writes.push(tx.objectStore('outbox').add(queuedEvent(e)));
    }
    await Promise.all([...writes, tx.done]);
  } catch (err) {
    throw toStorageError(err);
  }
}
