import { useEffect, useRef, useState } from 'preact/hooks';
import { CallButton } from '../components/common/CallButton';
import { ScreenHeading } from '../components/common/ScreenHeading';
import { SituationList } from '../components/escalation/SituationList';
import { SITUATIONS, type Situation } from '../domain/escalation/situations';
import { navigate, PATHS } from '../platform/router';
import { escalateAfter } from '../state/escalate';
import { useSessionStore, useSessionSnapshot } from '../state/services';
import { useContacts } from '../state/use-contacts';

// A situation with details shows its hint on the next step, where it helps to choose: the list
// stays short enough for two phone screens.
const LIST = SITUATIONS.map((s) => (s.details.length > 0 ? { ...s, hint: undefined } : s));

/** "Something's wrong": one tap for the situation, one for its detail, then the right next step. */
export default function SomethingWrongScreen() {
  const store = useSessionStore();
  const { session } = useSessionSnapshot();
  const contacts = useContacts(session);
  const [chosen, setChosen] = useState<Situation>();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => stepHeading.current?.focus(), [chosen]);

  const report = async (situation: string, note?: string): Promise<void> => {
    if (busy) return;
    setBusy(true);
    await escalateAfter(store, () =>
      store.append({
        kind: 'situation-reported',
        data: note ? { situation, text: note } : { situation },
      }),
    );
  };
  const pick = (s: Situation): void => {
    // Situations with details or free text ask one more question; the others are answered now.
    if (s.details.length > 0 || s.freeText) setChosen(s);
    else void report(s.id);
  };

  return (
    <main class="stack" aria-labelledby="wrong-heading">
      <ScreenHeading id="wrong-heading">Something’s wrong</ScreenHeading>
      <CallButton number={contacts.emergencyNumber} />
      {!chosen && (
        <>
          <p>What is happening? Tap the closest. When in doubt, call emergency services.</p>
          <SituationList
            label="What is happening"
            options={LIST}
            disabled={busy}
            onPick={(o) => pick(SITUATIONS.find((s) => s.id === o.id)!)}
          />
        </>
      )}
      {chosen && chosen.details.length > 0 && (
        <section class="stack" aria-labelledby="detail-heading">
          <h2 id="detail-heading" ref={stepHeading} tabIndex={-1}>
            {chosen.label}: which is closest?
          </h2>
          {chosen.hint && <p>{chosen.hint}</p>}
          <SituationList
            label={`${chosen.label}: which is closest`}
            options={chosen.details}
            disabled={busy}
            onPick={(o) => void report(o.id)}
          />
        </section>
      )}
      {chosen?.freeText && (
        <form
          class="stack"
          onSubmit={(e) => {
            e.preventDefault();
            void report(chosen.id, text.trim() || undefined);
          }}
        >
          <h2 id="else-heading" ref={stepHeading} tabIndex={-1}>
            Something else
          </h2>
          <div class="field">
            <label for="else-text">What do you see? (a few words)</label>
            <textarea id="else-text" value={text} onInput={(e) => setText(e.currentTarget.value)} />
          </div>
          <button type="submit" class="primary block" disabled={busy}>
            Save and see what to do
          </button>
        </form>
      )}
      {chosen && (
        <button class="block" onClick={() => setChosen(undefined)}>
          Back to the list
        </button>
      )}
      {!chosen && (
        <button class="block" onClick={() => navigate(PATHS.session)}>
          Cancel
        </button>
      )}
    </main>
  );
}
