import { useId } from 'preact/hooks';
import { CRISIS_WORDS, crisisLinks } from '../../domain/review/crisis-lines';

/**
 * The safety response to PHQ-9 item 9: calm words and links to call or text 988 (US) and to call
 * the emergency number given, each a large target (class `crisis-link`). `intro` replaces the
 * opening words (e.g. for an earlier self-check); `live` announces it at once to screen readers.
 */
export function CrisisLines(props: { emergencyNumber: string; live?: boolean; intro?: string }) {
  const id = useId();
  return (
    <section class="crisis-lines" aria-labelledby={id} {...(props.live && { role: 'alert' })}>
      <h3 id={id}>{CRISIS_WORDS.heading}</h3>
      <p>{props.intro ?? CRISIS_WORDS.body}</p>
      <p>{CRISIS_WORDS.lifeline}</p>
      <p>{CRISIS_WORDS.emergency}</p>
      <CrisisLinks emergencyNumber={props.emergencyNumber} />
      <p>{CRISIS_WORDS.alone}</p>
    </section>
  );
}

/**
 * Call or text 988, and call the emergency number: the one set of crisis links, used wherever the
 * app offers them (the self-check's safety response, the aftercare list) [988].
 */
export function CrisisLinks({ emergencyNumber }: { emergencyNumber: string }) {
  return (
    <ul class="crisis-links">
      {crisisLinks(emergencyNumber).map((l) => (
        <li key={l.id}>
          <a class={`crisis-link crisis-${l.id}`} href={l.href}>
            {l.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
