/**
 * Shown at the top until the screen wake lock holds: the screen may dim and sleep, and alarms with
 * it.
 */
export function WakeLockBanner({ onRestore }: { onRestore: () => void }) {
  return (
    <div class="banner warn row" role="status">
      <span>The screen may turn off, and alarms stop when it does. Tap to keep it on.</span>
      <button onClick={onRestore}>Keep screen on</button>
    </div>
  );
}
