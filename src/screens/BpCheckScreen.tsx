import { ScreenHeading } from '../components/common/ScreenHeading';
import { dialHref } from '../domain/contacts/contacts';
import { BP_WARNING_SIGNS } from '../domain/escalation/situations';
import { formatCountdown } from '../domain/format/duration';
import { bpReadings } from '../domain/log/log-queries';
import { useNow } from '../platform/clock';
import { PATHS } from '../platform/router';
import { escalateAfter } from '../state/escalate';
import { useSessionStore } from '../state/services';
import { useActiveSession } from '../state/use-active-session';
import { useContacts } from '../state/use-contacts';

/**
 * After every reading of 180/120 or more, first or repeat: ask at once about the warning signs
 * [AHA-HTN, SPR-label]; there is no way round the questions, because the provider's script says
 * what was answered. Any yes is an emergency; none → call the provider and measure again in 5
 * minutes (counted on screen).
 */
export default function BpCheckScreen() {
  const store = useSessionStore();
  const now = useNow(1000);
  const view = useActiveSession(now);
  const contacts = useContacts(view?.session);
  if (!view) return null;
  const reading = bpReadings(view.entries).at(-1);
  const recheck = view.recheck?.reason === 'bp-crisis' ? view.recheck : undefined;
  const answer = async (signs: string[]): Promise<void> => {
    // A sign → the emergency screen; none → the provider screen with its 10 minutes.
    await escalateAfter(
      store,
      () => store.append({ kind: 'warning-signs-checked', data: { context: 'bp-crisis', signs } }),
      PATHS.provider,
    );
  };

  return (
    <main class="stack" aria-labelledby="bp-check-heading">
      <ScreenHeading id="bp-check-heading">
        Very high blood pressure: check for warning signs
      </ScreenHeading>
      {reading && (
        <p class="banner warn">
          <strong>
            {reading.systolic}/{reading.diastolic}
          </strong>{' '}
          is 180/120 or higher. Keep them resting, sitting up.
        </p>
      )}
      <h2 id="signs-heading">Do they have any of these now? Ask them, and look.</h2>
      <div class="stack" role="group" aria-labelledby="signs-heading">
        {BP_WARNING_SIGNS.map((s) => (
          <button
            key={s.id}
            class="block situation tier-emergency"
            onClick={() => void answer([s.id])}
          >
            <span class="situation-label">Yes: {s.label.toLowerCase()}</span>
            <span class="situation-mark small">Emergency</span>
          </button>
        ))}
        <button class="block primary" onClick={() => void answer([])}>
          None of these
        </button>
      </div>
      {recheck && (
        <p role="timer" aria-label="Measure again in" class="recheck-time">
          Measure again in {formatCountdown(Math.max(0, recheck.dueAt - now))}.
        </p>
      )}
      <p>
        If you are unsure, or they can’t answer, call emergency services:{' '}
        <a class="call-inline" href={dialHref(contacts.emergencyNumber)}>
          Call {contacts.emergencyNumber}
        </a>
      </p>
    </main>
  );
}
