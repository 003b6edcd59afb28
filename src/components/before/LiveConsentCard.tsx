import { useState } from 'preact/hooks';
import type { ClinicLink } from '../../domain/protocol/clinic';
import type { LiveChoice } from '../../domain/relay/consent';

// The one card that asks the sitter and the patient whether the clinic may see this session live.
// It says what the clinic sees, what its server sees, and whose key it is; declining is one tap
// and the session runs on this phone as it always has.

/** The answer without its clinic and time (the screen adds them). */
export type LiveAnswer = Pick<
  LiveChoice,
  'decision' | 'includePatientWords' | 'includePatientEntries'
>;

/**
 * The consent card. `choice` is the answer already given for this clinic and key; `problem` why
 * the clinic cannot be used from here (then only declining is possible).
 */
export function LiveConsentCard({
  clinic,
  choice,
  problem,
  onChoose,
}: {
  clinic: ClinicLink;
  choice: LiveChoice | undefined;
  problem?: string | undefined;
  onChoose: (answer: LiveAnswer | undefined) => void;
}) {
  const [words, setWords] = useState(choice?.includePatientWords ?? false);
  const [own, setOwn] = useState(choice?.includePatientEntries ?? false);
  const name = clinic.name;
  if (problem)
    return (
      <section class="card stack" aria-labelledby="live-heading">
        <h2 id="live-heading">Live sharing with {name}</h2>
        <p role="status">{problem}</p>
        <p>This session stays on this phone; the timer, alarm and log work as always.</p>
      </section>
    );
  if (choice)
    return (
      <section class="card stack" aria-labelledby="live-heading">
        <h2 id="live-heading">Live sharing with {name}</h2>
        <p role="status">
          {choice.decision === 'agreed'
            ? `Agreed: ${name} will see this session while it happens.`
            : 'Declined: this session stays on this phone.'}
        </p>
        <button type="button" onClick={() => onChoose(undefined)}>
          Change this answer
        </button>
      </section>
    );
  const answer = (decision: LiveAnswer['decision']): void =>
    onChoose({ decision, includePatientWords: words, includePatientEntries: own });
  return (
    <section class="card stack" aria-labelledby="live-heading">
      <h2 id="live-heading">Share this session live with {name}?</h2>
      <p>Ask the patient too: you both need to agree.</p>
      <p>
        <strong>{name} would see, while it happens:</strong> each check-in and what you saw, a
        missed check-in, warnings and emergencies, blood pressure and the other readings, and your
        own notes.
      </p>
      <p>
        <strong>Their server passes it on but cannot read it:</strong> it sees when things happen
        and what kind they are (a check-in, an alert), never what was written. Everything is locked
        on this phone with the clinic’s key.
      </p>
      <p>If a check-in is missed, the server sends an alert to this phone, then to the clinic.</p>
      <p>
        The clinic’s key fingerprint: <strong class="fingerprint">{clinic.fingerprint}</strong>. It
        should match the one the clinic gave you.
      </p>
      <fieldset class="stack">
        <legend>The patient’s private entries (left out unless ticked)</legend>
        <label class="row">
          <input
            type="checkbox"
            class="checkbox"
            checked={words}
            onChange={(e) => setWords(e.currentTarget.checked)}
          />
          <span>Also share notes of what the patient said</span>
        </label>
        <label class="row">
          <input
            type="checkbox"
            class="checkbox"
            checked={own}
            onChange={(e) => setOwn(e.currentTarget.checked)}
          />
          <span>Also share the patient’s own intention, mood and reflections</span>
        </label>
      </fieldset>
      <div class="row">
        <button type="button" class="primary" onClick={() => answer('agreed')}>
          We both agree: share live
        </button>
        <button type="button" onClick={() => answer('declined')}>
          No, keep it on this phone
        </button>
      </div>
    </section>
  );
}
