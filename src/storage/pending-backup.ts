import type { NewEntry } from './entries';
import type { StorageErrorKind } from './storage-error';

// Entries the sitter made that IndexedDB would not take (a full disk, a blocked database) are
// copied here, into localStorage — a different store with its own quota — so a reload or a
// crash does not lose them. On the next load they go back into the Retry queue.

const KEY = 'sitwell:pending-entries';

/** One unsaved entry, as the sitter made it, and why it was not saved. */
export interface PendingCopy {
  input: NewEntry & { at: number; actionId: string };
  errorKind: StorageErrorKind;
}

/** Store the unsaved entries of a session (an empty list removes the copy). False if it failed. */
export function writePendingCopy(sessionId: string, items: readonly PendingCopy[]): boolean {
  try {
    if (items.length === 0) globalThis.localStorage?.removeItem(KEY);
    else globalThis.localStorage?.setItem(KEY, JSON.stringify({ sessionId, items }));
    return true;
  } catch {
    return false;
  }
}

/** The unsaved entries kept for a session, oldest first; [] when none (or the copy is unusable). */
export function readPendingCopy(sessionId: string): PendingCopy[] {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    if (!raw) return [];
    const parsed = JSON.parse(raw) as { sessionId?: unknown; items?: unknown };
    if (parsed.sessionId !== sessionId || !Array.isArray(parsed.items)) return [];
    return parsed.items.filter(isCopy);
  } catch {
    return [];
  }
}

function isCopy(x: unknown): x is PendingCopy {
  const c = x as PendingCopy | null;
  return (
    typeof c === 'object' &&
    c !== null &&
    typeof c.input === 'object' &&
    c.input !== null &&
    typeof c.input.kind === 'string' &&
    typeof c.input.at === 'number' &&
    typeof c.input.actionId === 'string' &&
    typeof c.errorKind === 'string'
  );
}
