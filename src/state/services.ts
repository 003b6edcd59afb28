import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { useObservable } from '../lib/use-observable';
import { now, sessionClock } from '../platform/clock';
import { newId, sha256Hex } from '../platform/crypto';
import { getDb, type Db } from '../storage/db';
import { toStorageError } from '../storage/storage-error';
import { claimWriter } from '../storage/writer';
import { SessionStore, type SessionSnapshot } from './session-store';
import { resumeSessionClock } from './use-clock-log';

// The services of this tab, opened once at start-up. Screens never see the database: they use the
// hooks and verbs of this folder, which are the only door to stored data.

/** What the state hooks reach: the database and the session store of this tab. */
export interface Services {
  db: Db;
  store: SessionStore;
}

/** Provided by the app shell once storage is open. */
export const ServicesContext = createContext<Services | undefined>(undefined);

/** Open storage and load the running session, if any. Rejects with the storage error. */
export async function openServices(): Promise<Services> {
  const db = await getDb().catch((err: unknown) => {
    throw toStorageError(err);
  });
  // This tab holds the tab lock (see app/TabGate); from now on only its writes reach the log.
  // If even this small write fails (a full disk), the tab runs unfenced rather than not at all.
  const fence = await claimWriter(db, newId(), now()).catch(() => undefined);
  const store = new SessionStore(db, now, { sha256: sha256Hex, newId }, fence);
  await store.load();
  // Session time carries on from the log (see platform/clock.ts); with no session it is the
  // device clock again, and a new session starts from the device clock.
  resumeSessionClock(store.snapshot.session ? store.snapshot.entries : undefined);
  let running = store.snapshot.session?.id;
  store.subscribe((snap) => {
    if (snap.session?.id !== running && !snap.session) sessionClock.reset();
    running = snap.session?.id;
  });
  return { db, store };
}

/**
 * The services; for hooks in this folder (screens use the hooks). Only valid under the provider.
 */
export function useServices(): Services {
  const s = useContext(ServicesContext);
  if (!s) throw new Error('useServices outside <ServicesContext.Provider>');
  return s;
}

/** The session store: append entries, retry unsaved ones, end the session. */
export function useSessionStore(): SessionStore {
  return useServices().store;
}

/** The session store's current snapshot, re-rendering on change. */
export function useSessionSnapshot(): SessionSnapshot {
  return useObservable(useServices().store);
}
