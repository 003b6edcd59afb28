import { useEffect, useState } from 'preact/hooks';

// The only place the app reads the real clock. Domain code receives `now` as an argument.

/** Current epoch ms. */
export function now(): number {
  return Date.now();
}

/**
 * The current time, re-read every `everyMs` and at once whenever the page comes back (visible
 * again, restored from the back/forward cache, focused): timers are throttled or frozen in the
 * background, so the true state must be recomputed the moment the sitter looks.
 */
export function useNow(everyMs = 1000): number {
  const [t, setT] = useState(now);
  useEffect(() => {
    const tick = (): void => setT(now());
    const id = setInterval(tick, everyMs);
    document.addEventListener('visibilitychange', tick);
    addEventListener('pageshow', tick);
    addEventListener('focus', tick);
    return () => {
      clearInterval(id);
      document.removeEventListener('visibilitychange', tick);
      removeEventListener('pageshow', tick);
      removeEventListener('focus', tick);
    };
  }, [everyMs]);
  return t;
}
