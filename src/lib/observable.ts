// One small observable value: the app's browser adapters and stores (route, alarm sound, wake
// lock, service-worker state, storage events, the session store) all publish through it, so every
// subscriber is notified the same way and unsubscribes the same way.

/** A value that can be read now and watched for changes. */
export interface Observable<T> {
  /** The current value. */
  get(): T;
  /** Call `listener` with each new value; returns the function that stops it. */
  subscribe(listener: (value: T) => void): () => void;
}

/** An observable its owner can change. */
export interface Writable<T> extends Observable<T> {
  /** Replace the value and notify subscribers (nothing happens when it is the same value). */
  set(value: T): void;
  /** Set the value from the current one. */
  update(change: (value: T) => T): void;
}

/** A new observable holding `initial`. */
export function writable<T>(initial: T): Writable<T> {
  let value = initial;
  const listeners = new Set<(value: T) => void>();
  const set = (next: T): void => {
    if (Object.is(next, value)) return;
    value = next;
    // A copy, so a listener that unsubscribes (or subscribes) while being called is safe.
    for (const l of [...listeners]) l(value);
  };
  return {
    get: () => value,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set,
    update: (change) => set(change(value)),
  };
}
