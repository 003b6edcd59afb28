import { useState } from 'preact/hooks';
import { AftercareList } from '../components/after/AftercareList';
import { BpReadingForm } from '../components/check-in/BpReadingForm';
import { ChoiceGroup } from '../components/common/ChoiceGroup';
import { ClosingCriteriaList } from '../components/after/ClosingCriteriaList';
import { ScreenHeading } from '../components/common/ScreenHeading';
import { closingCriteria, type ClosingAnswers } from '../domain/after/closing-criteria';
import { clockTime } from '../domain/format/time';
import { now as clockNow, useNow } from '../platform/clock';
import { navigate, PATHS } from '../platform/router';
import { releaseWakeLock } from '../platform/wake-lock';
import { escalateAfter } from '../state/escalate';
import { useSessionStore } from '../state/services';
import { useActiveSession } from '../state/use-active-session';

const YES_NO = ['yes', 'no'] as const;
const STEADY_LABEL = { yes: 'Yes, steady with help', no: 'Not yet' } as const;
const SICK_LABEL = { yes: 'Yes, they feel sick', no: 'No' } as const;
const toAnswer = (b: boolean | undefined) => (b === undefined ? undefined : b ? 'yes' : 'no');

let remembered: { sessionId: string; answers: ClosingAnswers } | undefined;

/**
 * "End session": the closing criteria and their state, a reason when any is unmet, then aftercare.
 */
export default function ClosingScreen() {
  const store = useSessionStore();
  const tick = useNow(1000);
  const view = useActiveSession(tick);
  const sessionId = view?.session.id;
  // Kept while the sitter steps away for a full check-in and comes back.
  const [answers, setAnswersState] = useState<ClosingAnswers>(() => {
    const r = remembered;
    return r && r.sessionId === sessionId ? r.answers : {};
  });
  const setAnswers = (change: (a: ClosingAnswers) => ClosingAnswers): void =>
    setAnswersState((a) => {
      const next = change(a);
      if (sessionId) remembered = { sessionId, answers: next };
      return next;
    });
  const [savedReading, setSavedReading] = useState('');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState('');
  const [endError, setEndError] = useState('');
  const [busy, setBusy] = useState(false);
  if (!view) return null;
  const { protocol, contacts, id } = view.session;
  // A reading saved a moment ago counts at once, even before the next clock tick.
  const now = Math.max(tick, view.fold.lastEntryAt ?? 0);
  const { criteria, allMet } = closingCriteria({ entries: view.entries, protocol, now, answers });

  const end = async (e: Event): Promise<void> => {
    e.preventDefault();
    if (!allMet && !reason.trim()) {
      setReasonError('Write why you are ending before every check is met: it goes in the log.');
      document.getElementById('end-reason')?.focus();
      return;
    }
    setReasonError('');
    setBusy(true);
    const met = Object.fromEntries(criteria.map((c) => [c.id, c.met]));
    if (await store.end({ criteria: met, ...(allMet ? {} : { reason: reason.trim() }) })) {
      // Straight to the summary, before the router notices the session is over and goes home.
      navigate(PATHS.pastSession + encodeURIComponent(id), { replace: true });
      void releaseWakeLock();
      return;
    }
    setEndError(
      'The session is not ended: some entries are not saved yet. Tap Retry in the banner at the ' +
        'bottom, then end again.',
    );
    setBusy(false);
  };

  return (
    <main aria-labelledby="closing-heading">
      <ScreenHeading id="closing-heading">End the session</ScreenHeading>
      <p>
        Monitoring can end when every check below is met. Answer the questions and take a last
        reading first.
      </p>
      <ChoiceGroup
        name="steady"
        legend="Can they stand and walk steadily with help?"
        options={YES_NO}
        labels={STEADY_LABEL}
        value={toAnswer(answers.steady)}
        onChange={(v) => setAnswers((a) => ({ ...a, steady: v === 'yes' }))}
      />
      <ChoiceGroup
        name="nausea"
        legend="Do they feel sick now?"
        options={YES_NO}
        labels={SICK_LABEL}
        value={toAnswer(answers.nausea)}
        onChange={(v) => setAnswers((a) => ({ ...a, nausea: v === 'yes' }))}
      />
      {protocol.bpBeforeEnd && (
        <BpReadingForm
          idPrefix="closing-bp"
          legend="Blood pressure before ending"
          submitLabel="Save reading"
          onSave={async (bp) => {
            let saved = false;
            // A high reading opens its warning; Back returns here.
            const write = async (): Promise<void> => {
              saved = await store.append({
                kind: 'vitals',
                data: { vitals: bp, context: 'closing' },
              });
              setSavedReading(`Saved ${bp.systolic}/${bp.diastolic} at ${clockTime(clockNow())}.`);
            };
            await escalateAfter(store, write, PATHS.end, false);
            return saved;
          }}
        />
      )}
      <p role="status" class="small">
        {savedReading}
      </p>
      <h2>Closing checks</h2>
      <ClosingCriteriaList criteria={criteria} />
      {criteria.some((c) => !c.met && c.needsCheckIn) && (
        <button class="block" onClick={() => navigate(`${PATHS.checkIn}?then=end`)}>
          Do a full check-in
        </button>
      )}
      <form onSubmit={(e) => void end(e)} noValidate>
        {allMet ? (
          <p class="banner ok">Every check is met.</p>
        ) : (
          <>
            <p class="banner warn">
              Not every check is met. Ending now is your decision; if you are unsure, keep
              monitoring or call the provider.
            </p>
            <div class="field">
              <label for="end-reason">Why are you ending now? (goes in the log)</label>
              <textarea
                id="end-reason"
                value={reason}
                onInput={(e) => setReason(e.currentTarget.value)}
                aria-invalid={!!reasonError}
                aria-describedby={reasonError ? 'end-reason-error' : undefined}
              />
              {reasonError && (
                <p class="field-error" id="end-reason-error">
                  {reasonError}
                </p>
              )}
            </div>
          </>
        )}
        <AftercareList
          emergencyNumber={contacts.emergencyNumber}
          provider={{
            name: contacts.providerName || protocol.providerName,
            phone: contacts.providerPhone || protocol.providerPhone,
          }}
        />
        {endError && (
          <p class="banner error" role="alert">
            {endError}
          </p>
        )}
        <div class="row">
          <button type="submit" class="primary" disabled={busy}>
            End session
          </button>
          <button type="button" onClick={() => navigate(PATHS.session)}>
            Keep monitoring
          </button>
        </div>
      </form>
    </main>
  );
}
