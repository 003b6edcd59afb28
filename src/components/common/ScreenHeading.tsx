import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { hasNavigated } from '../../platform/router';

/** A screen's h1, focused on arrival so screen-reader and keyboard users start at the top. */
export function ScreenHeading({ children, id }: { children: ComponentChildren; id: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Only after navigation: on first load the browser's own focus handling is right.
    if (hasNavigated()) ref.current?.focus();
  }, []);
  return (
    <h1 id={id} ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
