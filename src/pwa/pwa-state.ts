import { Workbox } from 'workbox-window';

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

let state: PwaState = { offlineReady: false, updateWaiting: false, disabled: false };
const listeners = new Set<(s: PwaState) => void>();
let wb: Workbox | undefined;

function set(patch: Partial<PwaState>): void {
  state = { ...state, ...patch };
  for (const l of listeners) l(state);
}

/** Current state. */
export function pwaState(): PwaState {
  return state;
}

/** Subscribe to changes; returns the unsubscribe function. */
export function onPwaState(l: (s: PwaState) => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

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
  wb = new Workbox('/sw.js', { scope: '/' });
  wb.addEventListener('installed', (e) => {
    if (!e.isUpdate) set({ offlineReady: true });
  });
  wb.addEventListener('waiting', () => set({ updateWaiting: true }));
  await wb.register();
}

/** Activate the waiting version and reload once it has taken control. Never call during a session. */
export function applyUpdate(): void {
  if (!wb) return;
  wb.addEventListener('controlling', () => location.reload());
  wb.messageSkipWaiting();
}

/** Hide the one-time "works offline" message. */
export function dismissOfflineReady(): void {
  set({ offlineReady: false });
}
