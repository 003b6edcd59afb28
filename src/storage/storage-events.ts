import { writable, type Observable } from '../lib/observable';

// A tiny broadcast of storage conditions the user must see (another tab blocking an upgrade,
// the browser closing the database). Storage code reports; the UI watches.

/** A condition worth telling the user about. */
export type StorageEvent = { type: 'blocked' } | { type: 'blocking' } | { type: 'terminated' };

const latest = writable<StorageEvent | undefined>(undefined);

/** The latest condition reported (undefined while all is well). */
export const storageEvents: Observable<StorageEvent | undefined> = latest;

/** Tell every watcher. */
export function reportStorageEvent(e: StorageEvent): void {
  latest.set(e);
}
