import { useEffect, useState } from 'preact/hooks';

/** Re-render whenever an external source says it changed, reading `get` each time. */
export function useExternal<T>(subscribe: (l: () => void) => () => void, get: () => T): T {
  const [, force] = useState(0);
  useEffect(() => subscribe(() => force((n) => n + 1)), [subscribe]);
  return get();
}
