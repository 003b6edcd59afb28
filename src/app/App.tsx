import { useEffect, useState } from 'preact/hooks';
import { now } from '../platform/clock';
import { SessionStore } from '../state/session-store';
import { getDb } from '../storage/db';
import { toStorageError, type StorageError } from '../storage/storage-error';
import { AppContext, type AppServices, useSessionSnapshot } from './app-context';
import { AppBanners } from './AppBanners';
import { ErrorBoundary } from './ErrorBoundary';
import { Routes } from './Routes';
import { TabGate } from './TabGate';

/** The whole app: one active tab, storage opened, then screens. */
export function App() {
  return (
    <ErrorBoundary>
      <TabGate>
        <WithStorage />
      </TabGate>
    </ErrorBoundary>
  );
}

function WithStorage() {
  const [services, setServices] = useState<AppServices>();
  const [error, setError] = useState<StorageError>();
  useEffect(() => {
    getDb().then(
      async (db) => {
        const store = new SessionStore(db, now);
        await store.load();
        setServices({ db, store });
      },
      (err: unknown) => setError(toStorageError(err)),
    );
  }, []);

  if (error) {
    return (
      <main class="stack" aria-labelledby="nodb-heading">
        <h1 id="nodb-heading">Sitwell can’t open its storage</h1>
        <p>{error.message}</p>
        <p>
          Without storage Sitwell cannot keep a session log. If this is a private window, open
          Sitwell in a normal window.
        </p>
        <button class="primary" onClick={() => location.reload()}>
          Try again
        </button>
      </main>
    );
  }
  if (!services)
    return (
      <p role="status" class="muted">
        Opening Sitwell…
      </p>
    );
  return (
    <AppContext.Provider value={services}>
      <Shell />
    </AppContext.Provider>
  );
}

function Shell() {
  const snap = useSessionSnapshot();
  return (
    <>
      <AppBanners sessionActive={!!snap.session} />
      <ErrorBoundary>
        <Routes />
      </ErrorBoundary>
    </>
  );
}
