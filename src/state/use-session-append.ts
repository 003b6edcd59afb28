import type { EntryInput } from '../domain/log/entry';
import { sessionDigest } from '../domain/log/session-digest';
import { now } from '../platform/clock';
import { newId, sha256Hex } from '../platform/crypto';
import { EntryLog, listEntries } from '../storage/entries';
import { getSession, saveSessionDigest } from '../storage/sessions';
import { toStorageError } from '../storage/storage-error';
import { useServices } from './services';

// The patient's own entries after a session (mood after, reflections, the next day): appended to
// that session's log, hash-chained like everything else, never edited. The running session goes
// through the session store; an ended one through its own log, and its digest is refreshed.

/** Saved, or the message to show (nothing was saved). */
export type AppendResult = { ok: true } | { ok: false; message: string };

/** A function that appends one entry to a session's log, running or ended. */
export function useSessionAppend(sessionId: string): (input: EntryInput) => Promise<AppendResult> {
  const { db, store } = useServices();
  return async (input) => {
    if (store.snapshot.session?.id === sessionId) {
      const saved = await store.append(input);
      return saved
        ? { ok: true }
        : { ok: false, message: store.snapshot.pending[0]!.error.message };
    }
    try {
      await new EntryLog(db, now, { sha256: sha256Hex, newId }).append(sessionId, input);
      const record = await getSession(db, sessionId);
      // The home list and the series read the digest; a new mood must show there too.
      if (record)
        await saveSessionDigest(
          db,
          sessionId,
          sessionDigest(await listEntries(db, sessionId), record.protocol),
        );
      return { ok: true };
    } catch (err) {
      return { ok: false, message: toStorageError(err).message };
    }
  };
}
