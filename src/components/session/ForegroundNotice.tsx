import { useState } from 'preact/hooks';

const KEY = 'sitwell.foreground-notice-seen';

/** Said once, plainly: the web can only alarm while Sitwell is on screen. */
export function ForegroundNotice() {
  const [seen, setSeen] = useState(() => localStorage.getItem(KEY) === '1');
  if (seen) return null;
  return (
    <section class="banner warn" aria-labelledby="fg-heading">
      <h2 id="fg-heading">Keep Sitwell open on this screen</h2>
      <p>
        Alarms only work while Sitwell is open and on screen. A web app cannot ring from the
        background or a locked phone: if you switch apps or the screen locks, the alarm may not
        sound until you come back. Keep the phone plugged in, unlocked and on this screen.
      </p>
      <button
        onClick={() => {
          localStorage.setItem(KEY, '1');
          setSeen(true);
        }}
      >
        I understand
      </button>
    </section>
  );
}
