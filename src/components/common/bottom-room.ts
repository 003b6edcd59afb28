import { useLayoutEffect, useRef, type MutableRef } from 'preact/hooks';

// Things that arrive while the sitter may be mid-tap (a check-in due in an emergency, an entry the
// disk refused) float along the bottom edge; the page gains room at its end for each, so nothing
// above moves when they appear and everything can still be scrolled into view above them.

/** The extra gap kept above the page's end for a floating piece, in px. */
const GAP_PX = 16;

/** A ref for the floating element; while mounted, `--<name>-room` holds its height plus a gap. */
export function useBottomRoom<T extends HTMLElement>(name: string): MutableRef<T | null> {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const root = document.documentElement;
    const property = `--${name}-room`;
    const fit = (): void => root.style.setProperty(property, `${el.offsetHeight + GAP_PX}px`);
    fit();
    const watch = typeof ResizeObserver === 'function' ? new ResizeObserver(fit) : undefined;
    watch?.observe(el);
    return () => {
      watch?.disconnect();
      root.style.removeProperty(property);
    };
  }, [name]);
  return ref;
}
