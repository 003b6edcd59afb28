// Keeps the screen on during a session (Screen Wake Lock API). The browser releases the lock
// whenever the page is hidden; we report that and re-request when the sitter returns.

/** Wake-lock state as the sitter needs to know it. */
export type WakeLockState = 'on' | 'lost' | 'refused' | 'unsupported' | 'off';

let sentinel: WakeLockSentinel | undefined;
let state: WakeLockState = 'off';
const listeners = new Set<(s: WakeLockState) => void>();

function set(s: WakeLockState): void {
  state = s;
  for (const l of listeners) l(s);
}

/** Request the lock (best from a tap). */
export async function requestWakeLock(): Promise<WakeLockState> {
  if (!('wakeLock' in navigator)) {
    set('unsupported');
    return state;
  }
  try {
    sentinel = await navigator.wakeLock.request('screen');
    sentinel.addEventListener('release', () => {
      sentinel = undefined;
      set('lost');
    });
    set('on');
  } catch {
    set('refused');
  }
  return state;
}

/** Let the screen sleep again (session over). */
export async function releaseWakeLock(): Promise<void> {
  const s = sentinel;
  sentinel = undefined;
  await s?.release().catch(() => undefined);
  set('off');
}

/** Current state. */
export function wakeLockState(): WakeLockState {
  return state;
}

/** Subscribe to changes. */
export function onWakeLock(l: (s: WakeLockState) => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}
