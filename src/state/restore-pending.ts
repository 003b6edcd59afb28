import type { Entry } from '../domain/log/entry';
import type { EntryLog, NewEntry } from '../storage/entries';
import { readPendingCopy, type PendingCopy } from '../storage/pending-backup';
import { StorageError, toStorageError } from '../storage/storage-error';

// The session store's copy of unsaved entries outside IndexedDB (storage/pending-backup.ts): what
// is kept, and how the next load saves it.

/** An entry the sitter made that is not yet in the database. */
export interface PendingEntry {
  input: NewEntry & { at: number; actionId: string };
  error: StorageError;
}

/**
 * The copy kept outside IndexedDB. A tab that lost its place must not hand its entries to the next
 * load: the other tab owns the log now (and may have recorded the same events itself).
 */
export const copiesOf = (pending: readonly PendingEntry[]): PendingCopy[] =>
  pending
    .filter((p) => p.error.kind !== 'not-owner')
    .map((p) => ({ input: p.input, errorKind: p.error.kind }));

/**
 * The copy of unsaved entries from the last page, written to the log in order, before anything
 * new; from the first that still fails, the rest go back into the Retry queue. A copy of an entry
 * already in the log (a write reported as failed that did commit) is dropped by its action id;
 * writeEntry refuses a second one in any case.
 */
export async function restorePending(
  log: EntryLog,
  sessionId: string,
  entries: readonly Entry[],
): Promise<{ saved: Entry[]; pending: PendingEntry[] }> {
  const known = new Set(entries.map((e) => e.actionId));
  const copies = readPendingCopy(sessionId).filter((c) => !known.has(c.input.actionId));
  const saved: Entry[] = [];
  for (const [i, copy] of copies.entries()) {
    try {
      const entry = await log.append(sessionId, copy.input);
      // The same action twice in the copy is one entry.
      if (known.has(entry.actionId)) continue;
      known.add(entry.actionId);
      saved.push(entry);
    } catch (err) {
      const kind = toStorageError(err).kind;
      const message = 'Not saved yet: kept on this device since the app was last open. Tap Retry.';
      const pending = copies.slice(i).map((c) => ({
        input: c.input,
        error: new StorageError(kind, message),
      }));
      return { saved, pending };
    }
  }
  return { saved, pending: [] };
}
