import { formatDuration } from '../../domain/format/duration';
import type { ClockJump } from '../../platform/clock';

/**
 * Tells the sitter the device clock changed and what Sitwell did about it, in two lines (the
 * session log has the rest). `floating`: over the bottom edge, so nothing under a finger moves;
 * otherwise in the page's flow (on the session screen, below the three actions).
 */
export function ClockNotice({
  jump,
  onDismiss,
  floating = false,
}: {
  jump: ClockJump;
  onDismiss: () => void;
  floating?: boolean;
}) {
  const by = formatDuration(Math.abs(jump.deltaMs));
  return (
    <div class={`clock-notice${floating ? ' floating' : ''}`} role="status">
      <p>
        {jump.deltaMs < 0 ? (
          <>
            <strong>The phone’s clock went back {by}.</strong> The alarm stays on time.
          </>
        ) : (
          <>
            <strong>The phone’s clock jumped ahead {by}</strong> (changed, or the phone slept). A
            check-in may be due.
          </>
        )}
      </p>
      <button onClick={onDismiss}>OK</button>
    </div>
  );
}
