import { useEffect, useState } from 'preact/hooks';
import { useObservable } from '../lib/use-observable';
import { appearance, applyTheme, prefersDark, themeFor } from '../platform/appearance';
import { useRoute } from '../platform/router';
import {
  openServices,
  ServicesContext,
  useSessionSnapshot,
  type Services,
} from '../state/services';
import { AppBanners, PwaBanners } from './AppBanners';
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
  const [services, setServices] = useState<Services>();
  const [error, setError] = useState<Error>();
  useEffect(() => {
    // The rejection is a StorageError whose message says what to do.
    openServices().then(setServices, (err: unknown) =>
      setError(err instanceof Error ? err : new Error(String(err))),
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
    <ServicesContext.Provider value={services}>
      <Shell />
    </ServicesContext.Provider>
  );
}

// Before the first paint, so a light daytime screen never flashes dark (or the other way).
applyTheme(themeFor(location.pathname, appearance.get(), prefersDark.get()));

function Shell() {
  const snap = useSessionSnapshot();
  const path = useRoute();
  const choice = useObservable(appearance);
  const systemDark = useObservable(prefersDark);
  useEffect(() => applyTheme(themeFor(path, choice, systemDark)), [path, choice, systemDark]);
  return (
    <>
      <AppBanners />
      <ErrorBoundary>
        <Routes />
      </ErrorBoundary>
      <PwaBanners sessionActive={!!snap.session} />
    </>
  );
}
