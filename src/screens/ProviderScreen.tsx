import { ActionRecord } from '../components/escalation/ActionRecord';
import { CallButton } from '../components/common/CallButton';
import { ProviderNumberForm } from '../components/escalation/ProviderNumberForm';
import { CrisisLine } from '../components/escalation/FirstAidSteps';
import { ProviderDeadline } from '../components/escalation/ProviderDeadline';
import { ScreenHeading } from '../components/common/ScreenHeading';
import { telHref } from '../domain/contacts/emergency-number';
import { readingLines, takenToday } from '../domain/escalation/emergency-card';
import { FirstAidSteps } from '../components/escalation/FirstAidSteps';
import { providerWindow, warningSignAnswer, wordingsOf } from '../domain/escalation/prompt-state';
import { actionsSince, latestEscalation } from '../domain/escalation/status';
import { formatDuration } from '../domain/format/duration';
import { clockTime } from '../domain/format/time';
import { useNow } from '../platform/clock';
import { navigate, PATHS } from '../platform/router';
import { escalateAfter } from '../state/escalate';
import { useSessionStore } from '../state/services';
import { useActiveSession } from '../state/use-active-session';
import { useContactsSetting } from '../state/use-contacts';

/** Call the provider: who and how, what to tell them, 10 minutes to reach them, and a record. */
export default function ProviderScreen() {
  const store = useSessionStore();
  const now = useNow(1000);
  const view = useActiveSession(now);
  const { contacts, setting } = useContactsSetting(view?.session);
  if (!view) return null;
  const last = latestEscalation(view.entries);
  const window = providerWindow(view.entries, now);
  // The open episode's latest prompt says why (a support prompt since does not hide it); reached
  // another way, the sitter describes what they see.
  const shown = window?.latest ?? (last?.data.tier === 'call-provider' ? last : undefined);
  const ruleIds = shown?.data.ruleIds ?? [];
  const wordings = wordingsOf(shown, view.entries);
  const signs = warningSignAnswer(view.entries, window?.shown ?? shown, clockTime);
  const steps = wordings.find((w) => w.steps)?.steps;
  const providerTel = telHref(contacts.providerPhone);
  const backupTel = telHref(contacts.backupPhone);
  const backupFirst = wordings.some((w) => w.backupFirst);
  const who = contacts.providerName || 'the provider';
  const { doseAt } = view.fold;
  const readings = readingLines(view.fold.latestVitals, clockTime);
  // One instruction: the first (most specific) prompt's; two would give two re-check times.
  const meanwhile = wordings.find((w) => w.meanwhile)?.meanwhile;
  const tells = [...new Set(wordings.map((w) => w.tell).filter((t): t is string => !!t))];
  const reached = (): Promise<boolean> =>
    store.append({ kind: 'escalation-action', data: { action: 'called-provider', ruleIds } });
  const notReached = async (): Promise<void> => {
    // With time left, a try without an answer keeps the 10 minutes running: try again or leave a
    // message; only when they are over does it become an emergency [AHA-HTN].
    if (window && !window.expired) {
      await store.append({
        kind: 'escalation-action',
        data: { action: 'provider-no-answer', ruleIds },
      });
      return;
    }
    // Not reaching the provider turns the prompt into an emergency [AHA-HTN].
    await escalateAfter(
      store,
      () =>
        store.append({
          kind: 'escalation-action',
          data: { action: 'provider-not-reached', ruleIds },
        }),
      PATHS.emergency,
    );
  };
  const backup = backupTel && (
    <a class="call-link provider-call" href={backupTel}>
      Call {contacts.backupName || 'your backup'} ({contacts.backupPhone})
    </a>
  );

  return (
    <main class="stack" aria-labelledby="provider-heading">
      <ScreenHeading id="provider-heading">
        {wordings[0]?.title ?? 'Call the provider'}
      </ScreenHeading>
      {shown ? (
        <div class="banner warn">
          {wordings.map((w) => (
            <p key={w.reason}>
              <strong>{w.reason}</strong>
            </p>
          ))}
          {shown.data.because && <p>Because of: {shown.data.because.join('; ')}.</p>}
          <p class="small">Noted at {clockTime(shown.at)}.</p>
        </div>
      ) : (
        <p>Call the provider whenever something worries you.</p>
      )}
      {backupFirst && backup}
      {providerTel ? (
        <a class="call-link provider-call" href={providerTel}>
          Call {who} ({contacts.providerPhone})
        </a>
      ) : (
        <ProviderNumberForm
          contacts={setting.value ?? contacts}
          onSave={(next) => setting.save(next)}
        />
      )}
      <CallButton number={contacts.emergencyNumber} />
      {window && (
        <ProviderDeadline
          remainingMs={window.remainingMs}
          tries={window.tries}
          emergencyNumber={contacts.emergencyNumber}
          onReached={() => void reached()}
          onNotReached={() => void notReached()}
        />
      )}
      {meanwhile && <p class="provider-meanwhile">{meanwhile}</p>}
      {steps && steps !== 'ask-breathing' && <FirstAidSteps steps={steps} />}
      {wordings.some((w) => w.crisisLine) && <CrisisLine />}

      <section class="card" aria-labelledby="tell-heading">
        <h2 id="tell-heading">What to tell them</h2>
        <ul>
          {tells.map((t) => (
            <li key={t}>{t}</li>
          ))}
          {signs && <li>{signs}</li>}
          {takenToday(view.entries).length > 0 && (
            <li>Also taken today: {takenToday(view.entries).join(', ')}</li>
          )}
          {wordings.length === 0 && (
            <li>What you see now, in your own words, and what you have tried.</li>
          )}
          <li>
            Time since the dose:{' '}
            {doseAt !== undefined
              ? `${formatDuration(now - doseAt)} (taken at ${clockTime(doseAt)})`
              : 'not recorded'}
          </li>
          {readings.length > 0 ? (
            readings.map((r) => <li key={r}>{r}</li>)
          ) : (
            <li>No measurements recorded yet.</li>
          )}
        </ul>
      </section>

      {!window && (
        <button class="block" onClick={() => void reached()}>
          I’ve called the provider
        </button>
      )}
      <ActionRecord
        actions={actionsSince(view.entries, window?.shown ?? shown ?? last).filter((a) =>
          ['called-provider', 'provider-not-reached', 'provider-no-answer'].includes(a.data.action),
        )}
      />
      {!backupFirst && backup && <p>Can’t reach them? {backup}</p>}
      <p>
        If things get worse, or you are unsure, call emergency services with the Call{' '}
        {contacts.emergencyNumber} button above.
      </p>
      <button class="block" onClick={() => navigate(PATHS.session)}>
        Back to the timer
      </button>
    </main>
  );
}
