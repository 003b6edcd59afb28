import { dialHref } from '../../domain/contacts/contacts';
import { formatCountdown } from '../../domain/format/duration';
import { FIXED_DEFAULT_LABEL } from '../../domain/protocol/defaults-basis';

/**
 * The 10 minutes to reach the provider, counted on screen: reached, not reached (→ emergency), and
 * once the time is up, a plain instruction to call emergency services.
 */
export function ProviderDeadline({
  remainingMs,
  tries = 0,
  emergencyNumber,
  onReached,
  onNotReached,
}: {
  remainingMs: number;
  /** Tries recorded without an answer while the time runs. */
  tries?: number;
  emergencyNumber: string;
  onReached: () => void;
  onNotReached: () => void;
}) {
  const over = remainingMs <= 0;
  return (
    <section class={`card stack deadline${over ? ' over' : ''}`} aria-labelledby="deadline-heading">
      <h2 id="deadline-heading">
        {over ? '10 minutes have passed' : 'Reach the provider within 10 minutes'}
      </h2>
      {over ? (
        <p role="alert">
          If you have not reached the provider, call emergency services now. Do the same if anything
          gets worse.
        </p>
      ) : (
        <>
          <p>
            <span role="timer" aria-label="Time left to reach the provider" class="deadline-time">
              {formatCountdown(remainingMs)}
            </span>{' '}
            left. If you cannot reach them in time, or anything gets worse, call emergency services.
          </p>
          {tries > 0 && (
            <p role="status" class="deadline-tries">
              No answer yet. Try again, or leave a message: your number, the reading or what you
              see, and the time. If anything gets worse, call emergency services at once.
            </p>
          )}
        </>
      )}
      {over && (
        <a class="call-link" href={dialHref(emergencyNumber)}>
          Call {emergencyNumber}
        </a>
      )}
      <p class="small muted">10 minutes: {FIXED_DEFAULT_LABEL}.</p>
      <div class="row">
        <button class="primary" onClick={onReached}>
          I reached the provider
        </button>
        <button onClick={onNotReached}>I can’t reach them</button>
      </div>
    </section>
  );
}
