import { useEffect } from 'preact/hooks';
import type { SessionFold } from '../domain/log/session-fold';
import { now } from '../platform/clock';
import type { SessionStore } from './session-store';

/**
 * Records when Sitwell leaves and returns to the screen, so the log explains any gap. At start-up
 * an absence that was never closed (the page was closed, crashed or discarded) is closed with its
 * real length.
 */
export function useVisibilityLog(
  store: SessionStore,
  fold: SessionFold | undefined,
  resumed: boolean,
): void {
  const hiddenAtStart = fold?.hidden ?? false;
  const openFrom = fold?.hiddenPeriods.at(-1)?.from;
  useEffect(() => {
    if (!fold) return;
    // Every start-up during a session is logged: after a reload or crash there is no "hidden"
    // entry, and the log should still show that Sitwell was opened again at this time.
    if (resumed) {
      const data =
        hiddenAtStart && openFrom !== undefined ? { hiddenMs: Math.max(0, now() - openFrom) } : {};
      void store.append({ kind: 'app-visible', data });
    }
    let hiddenSince: number | undefined;
    const onChange = (): void => {
      if (document.visibilityState === 'hidden') {
        hiddenSince = now();
        void store.append({ kind: 'app-hidden', data: {} });
      } else if (hiddenSince !== undefined) {
        void store.append({ kind: 'app-visible', data: { hiddenMs: now() - hiddenSince } });
        hiddenSince = undefined;
      }
    };
    document.addEventListener('visibilitychange', onChange);
    return () => document.removeEventListener('visibilitychange', onChange);
    // Once per session start-up, not on every fold change.
  }, [fold?.sessionId]);
}
