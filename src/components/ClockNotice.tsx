import { formatDuration } from '../domain/format/duration';
import type { ClockJump } from '../platform/clock';

/**
 * Tells the sitter the device clock changed and what Sitwell did about it. It floats over the
 * bottom of the screen, so nothing under a finger moves when it appears.
 */
export function ClockNotice({ jump, onDismiss }: { jump: ClockJump; onDismiss: () => void }) {
  const by = formatDuration(Math.abs(jump.deltaMs));
  return (
    <div class="clock-notice" role="status">
      <p>
        {jump.deltaMs < 0 ? (
          <>
            <strong>The phone’s clock went back {by}.</strong> Sitwell keeps counting the time that
            really passed, so the check-in alarm stays on time. Times in this session follow
            Sitwell’s count.
          </>
        ) : (
          <>
            <strong>The phone’s clock jumped ahead {by}</strong> (it was changed, or the phone was
            asleep). Sitwell follows it, so a check-in may be due now.
          </>
        )}{' '}
        This is in the session log.
      </p>
      <button onClick={onDismiss}>OK</button>
    </div>
  );
}
