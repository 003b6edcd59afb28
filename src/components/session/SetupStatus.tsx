import type { WakeLockState } from '../../platform/wake-lock';

/** What each start-up request achieved, with the consequence and what to do. */
export interface SetupStatusProps {
  wake: WakeLockState;
  sound: boolean;
  notifications: NotificationPermission | 'unsupported';
  persisted: boolean | undefined;
  onWake: () => void;
  onSound: () => void;
  onNotifications: () => void;
}

/** The start-up checklist on the active screen: each item's state in plain words. */
export function SetupStatus(p: SetupStatusProps) {
  const wakeOk = p.wake === 'on';
  return (
    <section class="card" aria-labelledby="setup-heading">
      <h2 id="setup-heading">Alarm readiness</h2>
      <ul class="list">
        <Item ok={wakeOk} label={wakeOk ? 'Screen stays on' : 'Screen may turn off'}>
          {!wakeOk && (
            <>
              {p.wake === 'unsupported'
                ? 'This browser can’t keep the screen on. '
                : 'The screen could not be kept on. '}
              Keep the phone plugged in, set its screen timeout to the longest, and keep Sitwell on
              screen. {p.wake !== 'unsupported' && <button onClick={p.onWake}>Try again</button>}
            </>
          )}
        </Item>
        <Item ok={p.sound} label={p.sound ? 'Alarm sound ready' : 'Alarm sound is off'}>
          {!p.sound && (
            <>
              The browser needs a tap before it will play sound. Turn the volume up and tap:{' '}
              <button onClick={p.onSound}>Turn sound on</button>
            </>
          )}
        </Item>
        <Item
          ok={p.notifications === 'granted'}
          label={p.notifications === 'granted' ? 'Notifications on' : 'Notifications off'}
        >
          {p.notifications === 'default' && (
            <>
              A notification can get your attention if you switch apps.{' '}
              <button onClick={p.onNotifications}>Allow notifications</button>
            </>
          )}
          {p.notifications === 'denied' &&
            'Notifications were refused; you can allow them in the browser’s site settings. The ' +
              'on-screen alarm and sound still work.'}
          {p.notifications === 'unsupported' &&
            'This browser has no notifications here; rely on the on-screen alarm and sound.'}
        </Item>
        <Item
          ok={p.persisted === true}
          label={p.persisted ? 'Log protected from clean-up' : 'Log not protected from clean-up'}
        >
          {!p.persisted &&
            'The log is saved, but the browser could clear it if the device runs very short of ' +
              'space. Export or review it after the session.'}
        </Item>
      </ul>
    </section>
  );
}

function Item({
  ok,
  label,
  children,
}: {
  ok: boolean;
  label: string;
  children?: preact.ComponentChildren;
}) {
  return (
    <li>
      <strong>
        <span aria-hidden="true">{ok ? '✓ ' : '! '}</span>
        {label}
      </strong>
      {children && <p class="small">{children}</p>}
    </li>
  );
}
