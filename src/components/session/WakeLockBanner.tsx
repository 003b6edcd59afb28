/**
 * Shown while the screen wake lock does not hold (after a short grace): the screen may dim and
 * sleep, and alarms with it. On the session screen it sits below the three actions.
 */
export function WakeLockBanner({ onRestore }: { onRestore: () => void }) {
  return (
    <div class="banner warn row" role="status">
      <span>The screen may turn off, and alarms stop when it does. Tap to keep it on.</span>
      <button onClick={onRestore}>Keep screen on</button>
    </div>
  );
}
