import type { Db } from './db';

// The fencing token: which tab may write to the log. A tab that becomes the active tab stores a
// new token here before it loads the session; every entry write compares the token in the same
// transaction, so a tab that lost its place (another took over) cannot add a single entry, even
// one already on its way when the other tab took over.

/** The settings key of the current writer's token. */
export const WRITER_KEY = 'active-writer';

/** This tab's claim to write; `active` is false when the claim could not be stored. */
export interface WriterFence {
  readonly token: string;
  active: boolean;
}

/**
 * Make this tab the writer (after it won the tab lock): earlier writers are refused from now.
 * Returns the fence at once, so loading the session need not wait: IndexedDB runs this claim
 * before any entry write started after it. If storing it fails (a full disk), the fence is made
 * inactive and this tab writes unfenced rather than not at all.
 */
export function claimWriter(db: Db, token: string, now: number): WriterFence {
  const fence: WriterFence = { token, active: true };
  // Relaxed: a claim lost in a crash is simply made again on the next load.
  const tx = db.transaction('settings', 'readwrite', { durability: 'relaxed' });
  void Promise.all([
    tx.store.put({ key: WRITER_KEY, version: 1, value: token, updatedAt: now }),
    tx.done,
  ]).catch(() => {
    fence.active = false;
  });
  return fence;
}
