import { useObservable } from '../lib/use-observable';
import { applyUpdate, dismissOfflineReady, pwa as pwaState } from '../pwa/pwa-state';
import { useStorageEvent } from '../state/use-storage-event';

const STORAGE_MESSAGES: Record<'blocked' | 'blocking' | 'terminated', string> = {
  blocked:
    'Sitwell is updating its storage but another Sitwell tab is still open. Close the other tab ' +
    'to continue.',
  blocking:
    'A newer Sitwell opened in another tab and needs this tab to let go of storage. Reload this ' +
    'tab.',
  terminated:
    'The browser closed Sitwell’s storage unexpectedly. Reload to reconnect; saved entries are ' +
    'safe.',
};

/** Install, update and storage messages shown at the top of every screen. */
export function AppBanners({ sessionActive }: { sessionActive: boolean }) {
  const pwa = useObservable(pwaState);
  const storage = useStorageEvent();

  return (
    <div>
      {storage && (
        <div class="banner error" role="alert">
          <p>{STORAGE_MESSAGES[storage.type]}</p>
          <button onClick={() => location.reload()}>Reload</button>
        </div>
      )}
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
      {/* Not during a session: appearing above the timer, it would move the buttons under the
          sitter's thumb mid-tap. It waits until the session ends. */}
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
