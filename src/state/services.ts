import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { useObservable } from '../lib/use-observable';
import { getDb, type Db } from '../storage/db';
import { toStorageError } from '../storage/storage-error';
import type { SessionSnapshot, SessionStore } from './session-store';

// The services of this tab, opened once at start-up. Screens never see the database: they use the
// hooks and verbs of this folder, which are the only door to stored data.

/** What the state hooks reach: the database and the session store of this tab. */
export interface Services {
  db: Db;
  store: SessionStore;
}

// The store and the log's code are not in the first screen's script: they start loading as soon as
// that script runs, alongside the first render, the tab lock and opening the database.
const storeCode = import('./open-store');
storeCode.catch(() => undefined); // A failure is thrown by openServices, which awaits it.

/** Provided by the app shell once storage is open. */
export const ServicesContext = createContext<Services | undefined>(undefined);

/** Open storage and load the running session, if any. Rejects with the storage error. */
export async function openServices(): Promise<Services> {
  const db = await getDb().catch((err: unknown) => {
    throw toStorageError(err);
  });
  const store = await (await storeCode).loadSessionStore(db);
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
