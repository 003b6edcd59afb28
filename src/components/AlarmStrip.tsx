import { useLayoutEffect, useRef } from 'preact/hooks';
import { formatDuration } from '../domain/format/duration';

const WHY = {
  emergency: 'The emergency comes first: check in when you can.',
  situation: 'Deal with what is wrong first, then check in.',
} as const;

/**
 * A check-in falling due while an emergency is open, or after "Something's wrong" on the alarm: a
 * strip along the bottom edge that never covers the call button, the emergency card or the
 * situations (the modal alarm would), with the sound kept on but quieter. The page gains room
 * at its end for it, so nothing above moves when it appears.
 */
export function AlarmStrip({
  urgent,
  overdueMs,
  reason,
  onCheckIn,
}: {
  urgent: boolean;
  overdueMs: number;
  reason: keyof typeof WHY;
  onCheckIn: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const root = document.documentElement;
    const fit = (): void => root.style.setProperty('--alarm-strip-room', `${el.offsetHeight}px`);
    fit();
    const watch = typeof ResizeObserver === 'function' ? new ResizeObserver(fit) : undefined;
    watch?.observe(el);
    return () => {
      watch?.disconnect();
      root.style.removeProperty('--alarm-strip-room');
    };
  }, []);
  return (
    <div
      ref={ref}
      class={`alarm-strip${urgent ? ' urgent' : ''}`}
      role="region"
      aria-label="Check-in due"
    >
      <p>
        <strong>Check-in due</strong>
        {overdueMs >= 60_000 ? ` (${formatDuration(overdueMs)} overdue)` : ''}. {WHY[reason]}
      </p>
      <button onClick={onCheckIn}>Check in</button>
    </div>
  );
}
