import type { Workbox } from 'workbox-window';
import { writable, type Observable } from '../lib/observable';
import { serviceWorkerUrl } from './sw-url';

// Service-worker registration and update state, as a small observable the UI reads.

/** What the UI needs to know about the installed app. */
export interface PwaState {
  /** First install finished: the app now works offline (shown once). */
  offlineReady: boolean;
  /** A new version is installed and waiting. */
  updateWaiting: boolean;
  /** The ?no-sw escape hatch is on. */
  disabled: boolean;
}

const state = writable<PwaState>({ offlineReady: false, updateWaiting: false, disabled: false });
let wb: Workbox | undefined;

function set(patch: Partial<PwaState>): void {
  state.update((s) => ({ ...s, ...patch }));
}

/** The service worker's state, to read and to watch. */
export const pwa: Observable<PwaState> = state;

/** Register the service worker, or with `?no-sw` unregister it and clear its caches. */
export async function startPwa(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  if (new URLSearchParams(location.search).has('no-sw')) {
    set({ disabled: true });
    const regs = await navigator.serviceWorker.getRegistrations();
    await Promise.all(regs.map((r) => r.unregister()));
    const keys = await caches.keys();
    await Promise.all(keys.map((k) => caches.delete(k)));
    return;
  }
  // workbox-window is loaded only now, after the first screen is drawn (see main.tsx).
  const { Workbox } = await import('workbox-window');
  wb = new Workbox(serviceWorkerUrl(), { scope: '/' });
  wb.addEventListener('installed', (e) => {
    if (!e.isUpdate) set({ offlineReady: true });
  });
  wb.addEventListener('waiting', () => set({ updateWaiting: true }));
  await wb.register();
}

/**
 * Activate the waiting version and reload once it has taken control. Never call during a session.
 */
export function applyUpdate(): void {
  if (!wb) return;
  wb.addEventListener('controlling', () => location.reload());
  wb.messageSkipWaiting();
}

/** Hide the one-time "works offline" message. */
export function dismissOfflineReady(): void {
  set({ offlineReady: false });
}
