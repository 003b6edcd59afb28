import type { BackupAlarmSupport } from '../../platform/push-subscribe';

// The backup alarm in plain words: what it does here, what to do when the browser stands in the
// way, and, always, what it cannot do. Sitwell's own alarm stays the first channel.

function Explanation({ support }: { support: BackupAlarmSupport }) {
  if (support === 'ready')
    return (
      <p>
        If Sitwell cannot ring (the screen locked, the tab closed), the server sends a notification
        to this phone when a check-in is overdue. Starting the session turns it on.
      </p>
    );
  if (support === 'needs-home-screen')
    return (
      <>
        <p>
          On an iPhone or iPad the backup alarm only reaches Sitwell opened from the Home Screen
          (iOS 16.4 or later). To add it, in Safari:
        </p>
        <ol>
          <li>Tap Share (the square with an arrow).</li>
          <li>Tap Add to Home Screen, then Add.</li>
          <li>Open Sitwell from its new icon and start the session there.</li>
        </ol>
        <p class="small muted">
          Sitwell on the Home Screen keeps its own data, apart from Safari: set it up there before
          the session.
        </p>
      </>
    );
  if (support === 'denied')
    return (
      <>
        <p>
          Notifications are turned off for Sitwell, so the backup alarm cannot reach this phone. To
          allow them again:
        </p>
        <ul>
          <li>
            In the browser: tap the icon beside the address, open the site’s settings or
            permissions, and allow notifications.
          </li>
          <li>On an iPhone or iPad: Settings, then Notifications, then Sitwell: Allow.</li>
        </ul>
        <p class="small muted">Then come back to Sitwell; it will ask again when you start.</p>
      </>
    );
  return (
    <p>
      This browser cannot receive the backup alarm. Sitwell’s own alarm works as before while
      Sitwell is open on screen.
    </p>
  );
}

/**
 * The backup alarm's state for the sitter. `problem` is the sentence from a subscription that did
 * not happen (no connection, no push service), shown as it is.
 */
export function BackupAlarmNote({
  support,
  problem,
}: {
  support: BackupAlarmSupport;
  problem?: string | undefined;
}) {
  return (
    <section class="card stack" aria-labelledby="backup-alarm-heading">
      <h2 id="backup-alarm-heading">Backup alarm</h2>
      <Explanation support={support} />
      {problem && <p role="status">{problem}</p>}
      <p class="small muted">
        The backup alarm needs a connection, and Focus or Do Not Disturb can silence it. Sitwell’s
        own alarm stays first: keep Sitwell open on this screen.
      </p>
    </section>
  );
}
