import { useEffect, useState } from 'preact/hooks';
import type { SessionRecord } from '../domain/log/session';
import { isCurrentDigest } from '../domain/log/digest-check';
import type { SessionDigest } from '../domain/log/session-digest';
import type { Db } from '../storage/db';
import { listSessions, saveSessionDigest } from '../storage/sessions';
import { toStorageError, type StorageError } from '../storage/storage-error';
import { useServices } from './services';

// Home lists past sessions from their records alone: each ended session carries a digest. Only a
// session ended before digests existed (or with an older digest) has its log read, once; its
// digest is then saved so the next load does not read it again.

/** A past session as the home list and the series show it. */
export interface PastSession {
  record: SessionRecord;
  digest: SessionDigest;
}

/** Ended sessions, newest first, with their digests; reloads when `version` changes. */
export function usePastSessions(version?: unknown) {
  const { db } = useServices();
  const [sessions, setSessions] = useState<PastSession[] | undefined>();
  const [error, setError] = useState<StorageError>();
  useEffect(() => {
    let live = true;
    loadPastSessions(db).then(
      (s) => live && setSessions(s),
      (err: unknown) => live && setError(toStorageError(err)),
    );
    return () => {
      live = false;
    };
  }, [db, version]);
  return { sessions, error };
}

/** Ended sessions, newest first, each with a current digest (backfilled where missing). */
export async function loadPastSessions(db: Db): Promise<PastSession[]> {
  const records = (await listSessions(db)).filter((r) => r.status === 'ended');
  return Promise.all(
    records.map(async (record) =>
      isCurrentDigest(record.digest)
        ? { record, digest: record.digest }
        : { record, digest: await backfill(db, record) },
    ),
  );
}

async function backfill(db: Db, record: SessionRecord): Promise<SessionDigest> {
  // The log's code is not in the first screen's bundle (see services.ts).
  const { digestFromLog } = await import('./open-store');
  const digest = await digestFromLog(db, record);
  // The digest is a cache of the log: if saving it fails, the list still shows it and the next
  // load simply tries again. Nothing of the log is at stake.
  await saveSessionDigest(db, record.id, digest).catch(() => false);
  return digest;
}
