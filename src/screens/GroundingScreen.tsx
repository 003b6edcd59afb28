import { useEffect, useRef } from 'preact/hooks';
import { BreathingPacer } from '../components/escalation/BreathingPacer';
import { FIXED_DEFAULT_LABEL } from '../domain/protocol/defaults-basis';
import { CallButton } from '../components/common/CallButton';
import { ScreenHeading } from '../components/common/ScreenHeading';
import { evaluate } from '../domain/escalation/evaluate';
import { FIRESIDE, groundingPrompts, type GroundingLine } from '../domain/escalation/grounding';
import { groundingStartedAt } from '../domain/escalation/history';
import { touchAgreement, answersName } from '../domain/escalation/status';
import { formatDuration } from '../domain/format/duration';
import { clockTime } from '../domain/format/time';
import type { AnyEntry } from '../domain/log/entry';
import { useNow } from '../platform/clock';
import { navigate, PATHS } from '../platform/router';
import { escalateAfter } from '../state/escalate';
import { useSessionStore } from '../state/services';
import { useActiveSession } from '../state/use-active-session';
import { useContacts } from '../state/use-contacts';

function Lines({
  id,
  title,
  lines,
}: {
  id: string;
  title: string;
  lines: readonly GroundingLine[];
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul class="grounding-list">
        {lines.map((l) => (
          <li key={l.id}>{l.text}</li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Calm prompts for a distressed patient, a breathing pacer, and the provider when distress
 * persists.
 */
export default function GroundingScreen() {
  const store = useSessionStore();
  const now = useNow(5000);
  const view = useActiveSession(now);
  const contacts = useContacts(view?.session);
  const logged = useRef(false);
  useEffect(() => {
    // Once per visit: the first use after a calm check-in starts the 15-minute clock.
    if (logged.current || !view) return;
    logged.current = true;
    void store.append({ kind: 'grounding-used', data: {} });
  }, [!!view]);
  if (!view) return null;
  const prompts = groundingPrompts({
    touchAgreed: touchAgreement(view.entries),
    answersName: answersName(view.entries),
  });
  const began = groundingStartedAt(view.entries as AnyEntry[]);
  // Would "still very distressed" now call for the provider (15 minutes since grounding began)?
  const unsettled = evaluate({
    entries: view.entries,
    protocol: view.session.protocol,
    now,
    current: { situations: ['very-distressed'] },
  }).some((p) => p.ruleId === 'distress-unsettled');
  const callProvider = async (): Promise<void> => {
    if (!unsettled) return navigate(PATHS.provider);
    await escalateAfter(
      store,
      () => store.append({ kind: 'situation-reported', data: { situation: 'very-distressed' } }),
      PATHS.provider,
    );
  };

  return (
    <main class="stack grounding-screen" aria-labelledby="grounding-heading">
      <ScreenHeading id="grounding-heading">Help them feel safe</ScreenHeading>
      <CallButton number={contacts.emergencyNumber} />
      <p>
        Usually calm company, reassurance and slow breathing are enough. Sit close and speak slowly.
      </p>
      <Lines id="say-heading" title="What to say" lines={prompts.say} />
      <Lines id="do-heading" title="What to do" lines={prompts.do} />
      <Lines id="avoid-heading" title="What not to do" lines={prompts.avoid} />
      <BreathingPacer />

      <section
        class={`card stack${unsettled ? ' provider-step' : ''}`}
        aria-labelledby="persist-heading"
      >
        <h2 id="persist-heading">If it doesn’t settle</h2>
        <p role="status">
          {unsettled
            ? 'It has been 15 minutes since you began grounding. If they are still very ' +
              'distressed, call the provider now.'
            : began !== undefined
              ? `You began grounding at ${clockTime(began)} (${formatDuration(now - began)} ` +
                `ago). If they are still very distressed 15 minutes after that, call the provider.`
              : 'If they are still very distressed 15 minutes after you began grounding, call ' +
                'the provider.'}
        </p>
        <button class={`block${unsettled ? ' primary' : ''}`} onClick={() => void callProvider()}>
          {unsettled
            ? 'Still distressed: call the provider'
            : 'Still distressed after 15 minutes? Call the provider'}
        </button>
        <p class="small muted">15 minutes: {FIXED_DEFAULT_LABEL}.</p>
      </section>

      <section class="card peer-support stack" aria-labelledby="peer-heading">
        <h2 id="peer-heading">Peer support line (not medical help)</h2>
        <p>
          {FIRESIDE.name}, {FIRESIDE.mnemonic} ({FIRESIDE.phone}): call or text, for the patient or
          for you.
        </p>
        <div class="row">
          <a class="button" href={FIRESIDE.tel}>
            Call {FIRESIDE.name}
          </a>
          <a class="button" href={FIRESIDE.sms}>
            Text {FIRESIDE.name}
          </a>
        </div>
        <p class="small">{FIRESIDE.note}</p>
        <p class="small">
          For a medical emergency, use the Call {contacts.emergencyNumber} button at the top, not
          this line.
        </p>
      </section>
      <button class="block" onClick={() => navigate(PATHS.session)}>
        Back to the timer
      </button>
    </main>
  );
}
