import { useEffect, useState } from 'preact/hooks';
import { TechnicalDetail } from '../components/common/TechnicalDetail';
import { lazyScreen } from './lazy';

// Its own chunk (with the schedule, alarm sound and dialog), fetched as soon as this screen shows,
// so the first screen's script stays small.
const TimerOnlySession = lazyScreen(() => import('./TimerOnlySession'));

/**
 * The browser gives Sitwell no storage (a private window, site data blocked, no IndexedDB, a
 * database that will not open). Says what that means and what to do, and offers the timer alone.
 */
export function StorageUnavailable({ error }: { error: unknown }) {
  const [timerOnly, setTimerOnly] = useState(false);
  useEffect(() => TimerOnlySession.preload(), []);
  return (
    <main class="stack" aria-labelledby="nodb-heading">
      <h1 id="nodb-heading">Sitwell can’t save in this window</h1>
      <p>
        The browser is not letting Sitwell store data on this device, so it cannot keep a session
        log. This happens in private or incognito windows, when the browser blocks site data, or
        when the device is out of space.
      </p>
      <h2>What to do</h2>
      <ul>
        <li>Open Sitwell in a normal window, not a private one.</li>
        <li>Or open it in another browser (Chrome, Safari, Firefox or Edge).</li>
        <li>
          Check that the browser’s settings allow this site to store data, and free some space.
        </li>
      </ul>
      <button class="primary block" onClick={() => location.reload()}>
        Try again
      </button>
      {timerOnly ? (
        <TimerOnlySession />
      ) : (
        <button class="block" onClick={() => setTimerOnly(true)}>
          Use the check-in timer without saving
        </button>
      )}
      <TechnicalDetail error={error} />
    </main>
  );
}
