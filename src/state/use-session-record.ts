import { useEffect, useState } from 'preact/hooks';
import type { Entry } from '../domain/log/entry';
import type { SessionRecord } from '../domain/log/session';
import { listEntries } from '../storage/entries';
import { getSession } from '../storage/sessions';
import { toStorageError } from '../storage/storage-error';
import { useServices } from './services';

/** A stored session and its whole log, as read once. */
export interface StoredSession {
  /** Undefined when no session has this id on this device. */
  record: SessionRecord | undefined;
  entries: Entry[];
}

/** One session from storage by id; `error` holds the message when it could not be read. */
export function useSessionRecord(sessionId: string): {
  session: StoredSession | undefined;
  error: string | undefined;
  /** Read it again (after an entry was added). */
  reload: () => void;
} {
  const { db } = useServices();
  const [session, setSession] = useState<StoredSession>();
  const [error, setError] = useState<string>();
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    Promise.all([getSession(db, sessionId), listEntries(db, sessionId)]).then(
      ([record, entries]) => live && setSession({ record, entries }),
      (err: unknown) => live && setError(toStorageError(err).message),
    );
    return () => {
      live = false;
    };
  }, [db, sessionId, version]);
  return { session, error, reload: () => setVersion((n) => n + 1) };
}
