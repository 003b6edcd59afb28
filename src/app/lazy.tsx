import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** A screen loaded on first use (its chunk is precached, so this works offline). */
export function lazyScreen<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): ComponentType<P> {
  let cached: ComponentType<P> | undefined;
  return function LazyScreen(props: P) {
    const [Comp, setComp] = useState<ComponentType<P> | undefined>(() => cached);
    const [failed, setFailed] = useState<unknown>();
    useEffect(() => {
      if (cached) return;
      load().then(
        (m) => {
          cached = m.default;
          setComp(() => m.default);
        },
        (err: unknown) => setFailed(err),
      );
    }, []);
    if (failed) throw failed;
    return Comp ? (
      <Comp {...props} />
    ) : (
      <p class="muted" role="status">
        Loading…
      </p>
    );
  };
}
