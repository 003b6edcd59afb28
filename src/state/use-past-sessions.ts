import { useEffect, useState } from 'preact/hooks';
import type { SessionRecord } from '../domain/log/session';
import { foldSession, type SessionFold } from '../domain/log/session-fold';
import type { Db } from '../storage/db';
import { listEntries } from '../storage/entries';
import { listSessions } from '../storage/sessions';
import { toStorageError, type StorageError } from '../storage/storage-error';
import { useServices } from './services';

/** A past session as the home list shows it. */
export interface PastSession {
  record: SessionRecord;
  fold: SessionFold;
}

/** Ended sessions, newest first, with their derived figures; reloads when `version` changes. */
export function usePastSessions(version?: unknown) {
  const { db } = useServices();
  const [sessions, setSessions] = useState<PastSession[] | undefined>();
  const [error, setError] = useState<StorageError>();
  useEffect(() => {
    let live = true;
    loadPast(db).then(
      (s) => live && setSessions(s),
      (err: unknown) => live && setError(toStorageError(err)),
    );
    return () => {
      live = false;
    };
  }, [db, version]);
  return { sessions, error };
}

async function loadPast(db: Db): Promise<PastSession[]> {
  const records = (await listSessions(db)).filter((r) => r.status === 'ended');
  return Promise.all(
    records.map(async (record) => ({
      record,
      fold: foldSession(await listEntries(db, record.id)),
    })),
  );
}
