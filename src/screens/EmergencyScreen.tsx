import { ActionRecord } from '../components/ActionRecord';
import { EmergencyCard } from '../components/EmergencyCard';
import { RecoveryPosition } from '../components/RecoveryPosition';
import { ScreenHeading } from '../components/ScreenHeading';
import { dialHref } from '../domain/contacts/contacts';
import { cardLines } from '../domain/escalation/emergency-card';
import { actionsSince, latestEscalation, ruleWording } from '../domain/escalation/status';
import type { Wording } from '../domain/escalation/wording';
import type { EntryData } from '../domain/log/entry';
import { useNow } from '../platform/clock';
import { navigate, PATHS } from '../platform/router';
import { useSessionStore } from '../state/services';
import { useActiveSession } from '../state/use-active-session';
import { useContacts } from '../state/use-contacts';

type Action = EntryData['escalation-action']['action'];

// The recovery position in order [NHS-Zana]; the drawing shows the end result.
const RECOVERY_STEPS = [
  'Kneel beside them. Put the arm nearest you out at a right angle to their body, palm up.',
  'Hold the back of their other hand against the cheek nearest you.',
  'Bend their far knee up, foot flat on the floor.',
  'Pull on that knee to roll them towards you, onto their side.',
  'Tilt their head back gently and lift the chin, so they can breathe freely.',
];

/** Call emergency services: the number, the few steps that matter, the card, and what was done. */
export default function EmergencyScreen() {
  const store = useSessionStore();
  const view = useActiveSession(useNow(1000));
  const contacts = useContacts(view?.session);
  if (!view) return null;
  const shown = latestEscalation(view.entries, 'emergency');
  const ruleIds = shown?.data.ruleIds ?? [];
  const wordings = ruleIds.map(ruleWording).filter((w): w is Wording => w !== undefined);
  const meanwhile = [...new Set(wordings.map((w) => w.meanwhile).filter((m): m is string => !!m))];
  const number = contacts.emergencyNumber;
  const record = (action: Action): Promise<boolean> =>
    store.append({ kind: 'escalation-action', data: { action, ruleIds } });

  return (
    <main class="emergency-screen stack" aria-labelledby="emergency-heading">
      <ScreenHeading id="emergency-heading">Call emergency services now</ScreenHeading>
      <div class="emergency-reason">
        {wordings.length > 0 ? (
          wordings.map((w) => <p key={w.reason}>{w.reason}</p>)
        ) : (
          <p>When in doubt, call.</p>
        )}
        {meanwhile.map((m) => (
          <p key={m}>{m}</p>
        ))}
      </div>
      <a class="call-link" href={dialHref(number)}>
        Call {number}
      </a>

      <section aria-labelledby="steps-heading">
        <h2 id="steps-heading">Then, in this order</h2>
        <ol class="emergency-steps">
          <li>Stay with them. Put the phone on speaker so your hands are free.</li>
          <li>
            If they don’t respond but are breathing, put them in the recovery position:
            <RecoveryPosition />
            <ol>
              {RECOVERY_STEPS.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ol>
          </li>
          <li>
            Keep checking their breathing. If it stops, tell the call handler: they will guide you.
          </li>
          <li>Unlock the front door and turn a light on, so help can get in.</li>
          <li>Have the card below ready to read out.</li>
        </ol>
      </section>

      <EmergencyCard
        tell={wordings[0]?.tell}
        lines={cardLines({
          contacts,
          patientName: view.session.people.patientName ?? view.fold.patientName,
          entries: view.entries,
        })}
      />

      <section class="stack" aria-labelledby="done-heading">
        <h2 id="done-heading">Record what you did</h2>
        <button class="block emergency-action" onClick={() => void record('called-emergency')}>
          I’ve called emergency services
        </button>
        <button class="block emergency-action" onClick={() => void record('called-provider')}>
          I’ve called the provider
        </button>
        <ActionRecord actions={actionsSince(view.entries, shown)} />
        <p>The check-in alarm keeps running while this screen is open.</p>
        <button
          class="block emergency-action"
          onClick={() => void record('resolved').then(() => navigate(PATHS.session))}
        >
          Mark emergency resolved
        </button>
        <button class="block emergency-action" onClick={() => navigate(PATHS.session)}>
          Back to the timer (emergency stays open)
        </button>
      </section>
    </main>
  );
}
