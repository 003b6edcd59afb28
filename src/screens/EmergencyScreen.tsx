import { useRef, useState } from 'preact/hooks';
import { ActionRecord } from '../components/escalation/ActionRecord';
import { EmergencyCard } from '../components/escalation/EmergencyCard';
import {
  BreathingQuestion,
  CrisisLine,
  FirstAidSteps,
} from '../components/escalation/FirstAidSteps';
import { ResolveStep } from '../components/escalation/ResolveStep';
import { ScreenHeading } from '../components/common/ScreenHeading';
import { dialHref } from '../domain/contacts/contacts';
import { cardLines, tellWithTaken } from '../domain/escalation/emergency-card';
import { AFTER_CALL_STEPS } from '../domain/escalation/first-aid';
import { BREATHING_ANSWER, emergencySteps, wordingsOf } from '../domain/escalation/prompt-state';
import { resolvedAction } from '../domain/escalation/resolution';
import { actionsSince, latestEscalation } from '../domain/escalation/status';
import { clockTime } from '../domain/format/time';
import type { EntryData } from '../domain/log/entry';
import type { ResolutionOutcome } from '../domain/log/resolution-outcome';
import { useNow } from '../platform/clock';
import { navigate, PATHS } from '../platform/router';
import { escalateAfter } from '../state/escalate';
import { useSessionStore } from '../state/services';
import { useActionId } from '../state/use-action-id';
import { useActiveSession } from '../state/use-active-session';
import { useContacts } from '../state/use-contacts';

type Action = EntryData['escalation-action']['action'];

/**
 * Call emergency services: the number, the first-aid steps that matter, the card, and what was
 * done.
 */
export default function EmergencyScreen() {
  const store = useSessionStore();
  const view = useActiveSession(useNow(1000));
  const contacts = useContacts(view?.session);
  const [resolving, setResolving] = useState(false);
  const resolveButton = useRef<HTMLButtonElement>(null);
  const resolveId = useActionId();
  if (!view) return null;
  const shown = latestEscalation(view.entries, 'emergency');
  const ruleIds = shown?.data.ruleIds ?? [];
  const wordings = wordingsOf(shown, view.entries);
  const meanwhile = [...new Set(wordings.map((w) => w.meanwhile).filter((m): m is string => !!m))];
  const steps = emergencySteps(view.entries, shown);
  const number = contacts.emergencyNumber;
  const record = (action: Action): Promise<boolean> =>
    store.append({ kind: 'escalation-action', data: { action, ruleIds } });
  const answerBreathing = async (breathing: boolean): Promise<void> => {
    const situation = breathing ? BREATHING_ANSWER.yes : BREATHING_ANSWER.no;
    // "Not breathing" is an emergency of its own (CPR); "breathing" keeps this screen.
    await escalateAfter(
      store,
      () => store.append({ kind: 'situation-reported', data: { situation } }),
      PATHS.emergency,
    );
  };
  // Only the confirm step writes 'resolved', once (its action id), with what happened.
  const resolve = async (outcome: ResolutionOutcome, words: string): Promise<void> => {
    const data = resolvedAction(outcome, words, ruleIds);
    await store.append({ kind: 'escalation-action', data, actionId: resolveId });
    navigate(PATHS.session);
  };
  const notYet = (): void => {
    setResolving(false);
    resolveButton.current?.focus();
  };

  return (
    <main class="emergency-screen stack" aria-labelledby="emergency-heading">
      <ScreenHeading id="emergency-heading">Call emergency services now</ScreenHeading>
      <div class="emergency-reason">
        {wordings.length > 0 ? (
          wordings.map((w) => <p key={w.reason}>{w.reason}</p>)
        ) : (
          <p>When in doubt, call.</p>
        )}
        {shown?.data.because && <p class="small">Because of: {shown.data.because.join('; ')}.</p>}
      </div>
      <a class="call-link" href={dialHref(number)}>
        Call {number}
      </a>
      {resolving && <ResolveStep onConfirm={resolve} onBack={notYet} />}
      {meanwhile.map((m) => (
        <p key={m}>{m}</p>
      ))}
      {steps === 'ask-breathing' && <BreathingQuestion onAnswer={(b) => void answerBreathing(b)} />}
      {steps && steps !== 'ask-breathing' && <FirstAidSteps steps={steps} />}
      {wordings.some((w) => w.crisisLine) && <CrisisLine />}

      <section aria-labelledby="steps-heading">
        <h2 id="steps-heading">While you wait</h2>
        <ol class="emergency-steps">
          {AFTER_CALL_STEPS.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
      </section>

      <EmergencyCard
        tell={wordings[0]?.tell && tellWithTaken(wordings[0].tell, view.entries)}
        lines={cardLines({
          contacts,
          patientName: view.session.people.patientName ?? view.fold.patientName,
          entries: view.entries,
          formatTime: clockTime,
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
        <p>A check-in falling due shows as a strip at the top; it never covers this screen.</p>
        <button
          class="block emergency-action"
          ref={resolveButton}
          aria-expanded={resolving}
          onClick={() => setResolving(true)}
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
