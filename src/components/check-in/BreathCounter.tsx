import { useEffect, useRef, useState } from 'preact/hooks';
import { breathsPerMinute } from '../../domain/check-in/vitals-validation';
import { now } from '../../platform/clock';

const WINDOW_MS = 30_000;

/** Tap once per breath for 30 seconds; the count is doubled into breaths per minute [SFW]. */
export function BreathCounter({ onResult }: { onResult: (perMinute: number) => void }) {
  const [startedAt, setStartedAt] = useState<number>();
  const [taps, setTaps] = useState(0);
  const tapsRef = useRef(0);
  tapsRef.current = taps;
  const [left, setLeft] = useState(WINDOW_MS);

  useEffect(() => {
    if (startedAt === undefined) return;
    const id = setInterval(() => {
      const remaining = WINDOW_MS - (now() - startedAt);
      setLeft(Math.max(0, remaining));
      if (remaining <= 0) {
        clearInterval(id);
        setStartedAt(undefined);
        onResult(breathsPerMinute(tapsRef.current));
      }
    }, 200);
    return () => clearInterval(id);
  }, [startedAt]);

  if (startedAt === undefined) {
    return (
      <button
        type="button"
        onClick={() => {
          setTaps(0);
          setLeft(WINDOW_MS);
          setStartedAt(now());
        }}
      >
        Count breaths for 30 seconds
      </button>
    );
  }
  return (
    <div class="card">
      <p role="status">
        {Math.ceil(left / 1000)} s left · {taps} {taps === 1 ? 'breath' : 'breaths'}
      </p>
      <button type="button" class="primary block" onClick={() => setTaps((n) => n + 1)}>
        Tap for each breath
      </button>
    </div>
  );
}
