import { formatDuration } from '../../domain/format/duration';
import { useBottomRoom } from '../common/bottom-room';

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
  const ref = useBottomRoom<HTMLDivElement>('alarm-strip');
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
