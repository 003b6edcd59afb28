import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

type Load<P> = () => Promise<{ default: ComponentType<P> }>;

/** A component whose code loads on first use, or earlier with `preload()`. */
export type LazyComponent<P> = ComponentType<P> & { preload: () => void };

/** A screen loaded on first use (its chunk is precached, so this works offline). */
export function lazyScreen<P extends object>(load: Load<P>): LazyComponent<P> {
  return lazyComponent(load, true);
}

/**
 * An extra (a notice, say) loaded once the page has loaded and gone idle, so it never competes
 * with the screen: nothing shows until then, and if it cannot load, it stays away rather than
 * replacing the screen with an error.
 */
export function lazyExtra<P extends object>(load: Load<P>): LazyComponent<P> {
  return lazyComponent(load, false);
}

function lazyComponent<P extends object>(load: Load<P>, screen: boolean): LazyComponent<P> {
  let cached: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  // One load at a time; a failed one is forgotten, so the next use tries again.
  const start = (): Promise<ComponentType<P>> =>
    (loading ??= load().then(
      (m) => (cached = m.default),
      (err: unknown) => {
        loading = undefined;
        throw err;
      },
    ));
  function Lazy(props: P) {
    const [Comp, setComp] = useState<ComponentType<P> | undefined>(() => cached);
    const [failed, setFailed] = useState<unknown>();
    useEffect(() => {
      // Loaded between the first render and now (a preload finished): show it, or it would
      // wait for a load that already happened and stay on "Loading…".
      if (cached) {
        if (!Comp) setComp(() => cached);
        return;
      }
      let live = true;
      const go = (): void =>
        void start().then(
          (c) => live && setComp(() => c),
          (err: unknown) => live && (screen ? setFailed(err) : console.warn(err)),
        );
      if (screen) go();
      else afterLoadAndIdle(go);
      return () => {
        live = false;
      };
    }, []);
    if (failed) throw failed;
    if (Comp) return <Comp {...props} />;
    return screen ? (
      <p class="muted" role="status">
        Loading…
      </p>
    ) : null;
  }
  Lazy.preload = (): void => void start().catch(() => undefined);
  return Lazy;
}

/** Runs `fn` once the page has loaded and the browser is idle (soon after load without idle). */
export function afterLoadAndIdle(fn: () => void): void {
  const idle = (): void => {
    if ('requestIdleCallback' in window) requestIdleCallback(fn, { timeout: 3000 });
    else setTimeout(fn, 500);
  };
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}
