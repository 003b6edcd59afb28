import { useLayoutEffect, useRef } from 'preact/hooks';
import { formatDuration } from '../../domain/format/duration';
import { CallButton } from '../common/CallButton';

interface Props {
  urgent: boolean;
  overdueMs: number;
  soundOn: boolean;
  /** The confirmed emergency number: calling is one tap from the alarm too. */
  emergencyNumber: string;
  onCheckIn: () => void;
  onSomethingWrong: () => void;
  onEnableSound: () => void;
}

/**
 * The check-in alarm: a modal alert dialog that only checking in dismisses (Escape does not),
 * so the sound cannot be silenced without a check-in.
 */
export function AlarmDialog({
  urgent,
  overdueMs,
  soundOn,
  emergencyNumber,
  onCheckIn,
  onSomethingWrong,
  onEnableSound,
}: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  // Before the browser paints (not a frame later): the alarm shows on its due time.
  useLayoutEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="alarm-title"
      aria-describedby="alarm-desc"
      class={`overlay alarm${urgent ? ' urgent' : ''}`}
      onCancel={(e) => e.preventDefault()}
    >
      <div class="inner stack">
        <h1 id="alarm-title" class={urgent ? '' : 'pulse'}>
          Check-in due
        </h1>
        <p id="alarm-desc" class="alarm-text">
          {urgent
            ? `Overdue by ${formatDuration(overdueMs)}. Go and check on them now.`
            : 'Time to check on the patient.'}
        </p>
        <div class="alarm-actions">
          <button class="primary block" onClick={onCheckIn} autoFocus>
            Check in
          </button>
          <button class="block something-wrong" onClick={onSomethingWrong}>
            Something’s wrong
          </button>
          <CallButton number={emergencyNumber} />
        </div>
        {soundOn ? (
          <p class="small muted">Alarm sound playing. It stops when you save the check-in.</p>
        ) : (
          <button class="block" onClick={onEnableSound}>
            Sound is off — tap to turn the alarm sound on
          </button>
        )}
      </div>
    </dialog>
  );
}
