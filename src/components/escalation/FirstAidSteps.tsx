import { useEffect, useState } from 'preact/hooks';
import {
  CHOKING_STEPS,
  CPR_RATE_PER_MIN,
  CPR_STEPS,
  GASPING_IS_NOT_BREATHING,
  RECOVERY_STEPS,
} from '../../domain/escalation/first-aid';
import type { EmergencySteps } from '../../domain/escalation/wording';
import { startMetronome, stopMetronome, unlockAudio } from '../../platform/alarm-sound';
import { RecoveryPosition } from './RecoveryPosition';

const prefersReducedMotion = (): boolean =>
  globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** A visual and audible beat at 110 a minute to push to; the sound is on unless turned off. */
export function CompressionBeat() {
  const [sound, setSound] = useState(true);
  const still = prefersReducedMotion();
  useEffect(() => {
    if (!sound) return;
    void unlockAudio().then(() => startMetronome(CPR_RATE_PER_MIN));
    return stopMetronome;
  }, [sound]);
  return (
    <div class="beat" role="group" aria-label="Compression beat">
      <div class={`beat-dot${still ? ' still' : ''}`} aria-hidden="true" />
      <p>
        <strong>Push on every beat: {CPR_RATE_PER_MIN} a minute, about 2 a second.</strong>
      </p>
      <button type="button" onClick={() => setSound((s) => !s)} aria-pressed={sound}>
        {sound ? 'Beat sound on: tap to turn off' : 'Beat sound off: tap to turn on'}
      </button>
    </div>
  );
}

function Steps({ items }: { items: readonly string[] }) {
  return (
    <ol class="emergency-steps">
      {items.map((s) => (
        <li key={s}>{s}</li>
      ))}
    </ol>
  );
}

/** The first-aid steps for an emergency: CPR, the recovery position, or choking. */
export function FirstAidSteps({ steps }: { steps: Exclude<EmergencySteps, 'ask-breathing'> }) {
  if (steps === 'cpr') {
    return (
      <section class="stack" aria-labelledby="cpr-heading">
        <h2 id="cpr-heading">Start hands-only CPR</h2>
        <p class="emergency-reason">{GASPING_IS_NOT_BREATHING}</p>
        <Steps items={CPR_STEPS} />
        <CompressionBeat />
      </section>
    );
  }
  if (steps === 'choking') {
    return (
      <section class="stack" aria-labelledby="choking-heading">
        <h2 id="choking-heading">Clear the airway</h2>
        <Steps items={CHOKING_STEPS} />
      </section>
    );
  }
  return (
    <section class="stack" aria-labelledby="recovery-heading">
      <h2 id="recovery-heading">
        If they don’t respond but breathe normally: the recovery position
      </h2>
      <RecoveryPosition />
      <Steps items={RECOVERY_STEPS} />
    </section>
  );
}

/** "Are they breathing normally?" with the two answers, for someone who does not respond. */
export function BreathingQuestion({ onAnswer }: { onAnswer: (breathing: boolean) => void }) {
  return (
    <section class="stack breathing-question" aria-labelledby="breathing-q">
      <h2 id="breathing-q">Are they breathing normally?</h2>
      <p>Watch the chest, listen for air, look at the lips. Gasping is not breathing.</p>
      <button class="block emergency-action" onClick={() => onAnswer(false)}>
        No, or only gasping: start CPR
      </button>
      <button class="block emergency-action" onClick={() => onAnswer(true)}>
        Yes, breathing normally
      </button>
    </section>
  );
}

/** The 988 Suicide & Crisis Lifeline (US), call or text, beside emergency services [988]. */
export function CrisisLine() {
  return (
    <section class="card stack" aria-labelledby="crisis-heading">
      <h2 id="crisis-heading">988 Suicide & Crisis Lifeline (US)</h2>
      <p>Call or text 988, any hour. Stay with them while you do; never leave them alone.</p>
      <div class="row">
        <a class="button" href="tel:988">
          Call 988
        </a>
        <a class="button" href="sms:988">
          Text 988
        </a>
      </div>
    </section>
  );
}
