import type { Db } from './db';
import { toStorageError } from './storage-error';

// The fencing token: which tab may write to the log. A tab that becomes the active tab stores a
// new token here before it loads the session; every entry write compares the token in the same
// transaction, so a tab that lost its place (another took over) cannot add a single entry, even
// one already on its way when the other tab took over.

/** The settings key of the current writer's token. */
export const WRITER_KEY = 'active-writer';

/** This tab's claim to write. */
export interface WriterFence {
  readonly token: string;
}

/** Make this tab the writer (after it won the tab lock); earlier writers are refused from now. */
export async function claimWriter(db: Db, token: string, now: number): Promise<WriterFence> {
  try {
    const tx = db.transaction('settings', 'readwrite', { durability: 'strict' });
    await Promise.all([
      tx.store.put({ key: WRITER_KEY, version: 1, value: token, updatedAt: now }),
      tx.done,
    ]);
    return { token };
  } catch (err) {
    throw toStorageError(err);
  }
}
