import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { Db } from '../storage/db';
import type { SessionSnapshot, SessionStore } from '../state/session-store';

/** What every screen can reach: the database and the session store of this tab. */
export interface AppServices {
  db: Db;
  store: SessionStore;
}

/** Provided by <App> once the database is open. */
export const AppContext = createContext<AppServices | undefined>(undefined);

/** The app's services; only valid under <App>. */
export function useServices(): AppServices {
  const s = useContext(AppContext);
  if (!s) throw new Error('useServices outside <App>');
  return s;
}

/** The session store's current snapshot, re-rendering on change. */
export function useSessionSnapshot(): SessionSnapshot {
  const { store } = useServices();
  const [snap, setSnap] = useState(store.snapshot);
  useEffect(() => {
    setSnap(store.snapshot);
    return store.subscribe(setSnap);
  }, [store]);
  return snap;
}
