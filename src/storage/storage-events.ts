// A tiny broadcast of storage conditions the user must see (another tab blocking an upgrade,
// the browser closing the database). Storage code reports; the UI subscribes.

/** A condition worth telling the user about. */
export type StorageEvent = { type: 'blocked' } | { type: 'blocking' } | { type: 'terminated' };

type Listener = (e: StorageEvent) => void;
const listeners = new Set<Listener>();

/** Tell every subscriber. */
export function reportStorageEvent(e: StorageEvent): void {
  for (const l of listeners) l(e);
}

/** Subscribe; returns the unsubscribe function. */
export function onStorageEvent(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}
