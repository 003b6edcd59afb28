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
import { StorageUnavailable } from './StorageUnavailable';
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
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    // Any failure to open storage lands here, including a synchronous throw (no IndexedDB at
    // all, or open() refusing at once), never on the generic crash screen.
    try {
      openServices().then(setServices, setError);
    } catch (err) {
      setError(err ?? new Error('Storage failed to open'));
    }
  }, []);

  if (error) return <StorageUnavailable error={error} />;
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
