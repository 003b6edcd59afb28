// Turns the many ways a write can fail into a few the user can act on.

/** What went wrong with a write, in terms the user can act on. */
export type StorageErrorKind =
  'quota' | 'aborted' | 'unavailable' | 'conflict' | 'not-owner' | 'unknown';

/** A failed read or write with a plain message. */
export class StorageError extends Error {
  constructor(
    readonly kind: StorageErrorKind,
    message: string,
    readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

const MESSAGES: Record<StorageErrorKind, string> = {
  quota:
    'The device is out of storage space, so this entry could not be saved yet. Free some space, ' +
    'then tap Retry.',
  aborted: 'The browser stopped this save before it finished. Tap Retry.',
  unavailable:
    'The browser’s storage is not available (it may be blocked in this window). Entries are kept ' +
    'on screen only.',
  conflict: 'Another Sitwell tab wrote to this session at the same moment. Tap Retry.',
  'not-owner':
    'Sitwell is now running in another tab, so this was not saved here. Enter it in that tab.',
  unknown: 'This entry could not be saved. Tap Retry.',
};

/** Classify any thrown value from IndexedDB into a StorageError. */
export function toStorageError(err: unknown): StorageError {
  if (err instanceof StorageError) return err;
  const name = err instanceof Error || err instanceof DOMException ? err.name : '';
  const kind: StorageErrorKind =
    name === 'QuotaExceededError'
      ? 'quota'
      : name === 'AbortError' || name === 'TransactionInactiveError'
        ? 'aborted'
        : name === 'InvalidStateError' || name === 'UnknownError' || name === 'SecurityError'
          ? 'unavailable'
          : name === 'ConstraintError'
            ? 'conflict'
            : 'unknown';
  return new StorageError(kind, MESSAGES[kind], err);
}
