import { useStorageEvent } from '../state/use-storage-event';
import { lazyExtra } from './lazy';

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

/** Storage alerts, at the top of every screen: Sitwell cannot go on until they are dealt with. */
export function AppBanners() {
  const storage = useStorageEvent();
  if (!storage) return null;
  return (
    <div class="banner error" role="alert">
      <p>{STORAGE_MESSAGES[storage.type]}</p>
      <button onClick={() => location.reload()}>Reload</button>
    </div>
  );
}

/** The service worker's notices, below the screen; not in the first screen's bundle. */
export const PwaBanners = lazyExtra<{ sessionActive: boolean }>(() => import('./PwaBanners'));
