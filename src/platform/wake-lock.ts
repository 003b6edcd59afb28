import { useEffect, useState } from 'preact/hooks';
import { writable, type Observable } from '../lib/observable';
import { useObservable } from '../lib/use-observable';

// Keeps the screen on during a session (Screen Wake Lock API). The browser releases the lock
// whenever the page is hidden; we report that and re-request when the sitter returns.

/** Wake-lock state as the sitter needs to know it. */
export type WakeLockState = 'on' | 'lost' | 'refused' | 'unsupported' | 'off';

let sentinel: WakeLockSentinel | undefined;
const state = writable<WakeLockState>('off');
const set = state.set;

/** The wake lock's state, to read and to watch. */
export const wakeLock: Observable<WakeLockState> = state;

/** Request the lock (best from a tap). */
export async function requestWakeLock(): Promise<WakeLockState> {
  if (!('wakeLock' in navigator)) {
    set('unsupported');
    return state.get();
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
  return state.get();
}

/** Let the screen sleep again (session over). */
export async function releaseWakeLock(): Promise<void> {
  const s = sentinel;
  sentinel = undefined;
  await s?.release().catch(() => undefined);
  set('off');
}

/** The states in which the screen may turn off although it could be kept on. */
const MISSING: ReadonlySet<WakeLockState> = new Set(['lost', 'off', 'refused']);

/**
 * True once the screen has been without its wake lock for `graceMs`. Back on screen, the lock
 * asked for again usually holds at once; a banner for that blink would appear and vanish under
 * the sitter's finger.
 */
export function useWakeLockMissing(graceMs = 2000): boolean {
  const current = useObservable(state);
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    if (!MISSING.has(current)) {
      setMissing(false);
      return;
    }
    const id = setTimeout(() => setMissing(true), graceMs);
    return () => clearTimeout(id);
  }, [current, graceMs]);
  return missing;
}
