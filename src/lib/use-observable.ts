import { useEffect, useState } from 'preact/hooks';
import type { Observable } from './observable';

/** The observable's current value; the component re-renders whenever it changes. */
export function useObservable<T>(source: Observable<T>): T {
  const [value, setValue] = useState(() => source.get());
  useEffect(() => {
    // It may have changed between the first render and this effect.
    setValue(() => source.get());
    return source.subscribe((v) => setValue(() => v));
  }, [source]);
  return value;
}
