/** Shown whenever the screen wake lock was lost (the screen may now dim and sleep). */
export function WakeLockBanner({ onRestore }: { onRestore: () => void }) {
  return (
    <div class="banner warn row" role="status">
      <span>The screen may now turn off, and alarms stop when it does.</span>
      <button onClick={onRestore}>Keep screen on</button>
    </div>
  );
}
