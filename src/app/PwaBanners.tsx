import { useEffect } from 'preact/hooks';
import { useObservable } from '../lib/use-observable';
import { listenForOpenRequests } from '../platform/sw-open';
import { applyUpdate, dismissOfflineReady, pwa as pwaState } from '../pwa/pwa-state';
import { useServices } from '../state/services';

/**
 * The installed app's notices: works offline, update ready, offline support off. They come in
 * after the screen is drawn (when the service worker reports), so they sit below the screen: added
 * at the end of the page they never move a button that may be under a finger.
 */
export default function PwaBanners({ sessionActive }: { sessionActive: boolean }) {
  const pwa = useObservable(pwaState);
  // A tap on a backup-alarm notification opens its screen here, without a reload. This loads
  // with the banners, after the first screen; until then the worker navigates the page instead.
  useEffect(() => listenForOpenRequests(), []);
  // With no session running, a shared one that ended with updates still waiting sends them.
  const { db } = useServices();
  useEffect(() => {
    if (!sessionActive)
      void import('../state/use-live-link').then((m) => m.resumeLiveSending(db)).catch(() => {});
  }, [sessionActive, db]);
  return (
    <div class="pwa-banners">
      {pwa.updateWaiting &&
        (sessionActive ? (
          <p class="banner small muted" role="status">
            Update ready — it will apply after this session.
          </p>
        ) : (
          <div class="banner ok row" role="status">
            <span>Update available.</span>
            <button onClick={applyUpdate}>Reload</button>
          </div>
        ))}
      {/* Not during a session at all: it can wait until the session ends. */}
      {pwa.offlineReady && !sessionActive && (
        <div class="banner ok row" role="status">
          <span>Sitwell now works offline: it will open and run without a connection.</span>
          <button onClick={dismissOfflineReady}>OK</button>
        </div>
      )}
      {pwa.disabled && (
        <p class="banner warn" role="status">
          Offline support is switched off (the <code>?no-sw</code> flag): the service worker and its
          caches were removed. Open Sitwell without the flag to turn it back on.
        </p>
      )}
    </div>
  );
}
