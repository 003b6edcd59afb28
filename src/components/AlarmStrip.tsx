import { formatDuration } from '../domain/format/duration';

/**
 * A check-in falling due while an emergency is open: a strip that never covers the call button or
 * the emergency card (the modal alarm would), with the sound kept on but quieter.
 */
export function AlarmStrip({
  urgent,
  overdueMs,
  onCheckIn,
}: {
  urgent: boolean;
  overdueMs: number;
  onCheckIn: () => void;
}) {
  return (
    <div class={`alarm-strip${urgent ? ' urgent' : ''}`} role="region" aria-label="Check-in due">
      <p>
        <strong>Check-in due</strong>
        {overdueMs >= 60_000 ? ` (${formatDuration(overdueMs)} overdue)` : ''}. The emergency comes
        first: check in when you can.
      </p>
      <button onClick={onCheckIn}>Check in</button>
    </div>
  );
}
