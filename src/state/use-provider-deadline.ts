import { useEffect } from 'preact/hooks';
import { providerTimeUp } from '../domain/escalation/prompt-state';
import { showCheckInNotification, vibrate } from '../platform/alarm-signals';
import { startAlarmTone, stopAlarmTone } from '../platform/alarm-sound';
import { navigate, PATHS } from '../platform/router';
import type { SessionStore } from './session-store';
import type { ActiveSessionView } from './use-active-session';

// When the 10 minutes to reach the provider run out with no outcome recorded, a changed screen is
// not enough: the sitter may be on the phone or looking away. Sitwell records the emergency prompt
// the rules give for it, opens the emergency screen, and alarms like a check-in falling due: tone,
// vibration and a notification [AHA-HTN].

const ALERT_MS = 30_000;
const VIBRATION = [300, 150, 300, 150, 300];

/** The notification shown when the provider's 10 minutes are over. */
export const PROVIDER_TIME_UP_NOTICE = {
  title: '10 minutes have passed: call emergency services',
  body: 'The provider has not been reached. Open Sitwell and call emergency services now.',
} as const;

/** Watches the provider's 10 minutes; runs in the one active tab, on every screen. */
export function useProviderDeadline(
  view: ActiveSessionView | undefined,
  now: number,
  store: SessionStore,
): void {
  const up = view ? providerTimeUp(view.entries, now) : undefined;
  const key = up ? `provider-time-up:${up.shown.seq}` : undefined;
  useEffect(() => {
    if (!up || !key) return;
    // The action id names the episode: a second tick or another tab cannot log it twice.
    void store
      .append({
        kind: 'escalation-shown',
        data: { tier: 'emergency', ruleIds: ['provider-unreachable'] },
        actionId: key,
      })
      .then(() => navigate(PATHS.emergency));
    startAlarmTone('urgent', true);
    vibrate(VIBRATION);
    // Its own tag: a check-in falling due at the same moment must not replace it.
    const { title, body } = PROVIDER_TIME_UP_NOTICE;
    void showCheckInNotification(title, body, 'sitwell-provider-time-up');
    // The tone stops at the sitter's first tap, or after 30 s: the call handler must be heard.
    // Not undone when the episode closes (the emergency prompt closes it at once).
    const stop = (): void => {
      clearTimeout(timer);
      document.removeEventListener('pointerdown', stop, { capture: true });
      stopAlarmTone();
    };
    const timer = setTimeout(stop, ALERT_MS);
    document.addEventListener('pointerdown', stop, { capture: true });
  }, [key]);
}
