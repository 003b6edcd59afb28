import { useEffect, useRef, useState } from 'preact/hooks';
import {
  RESOLUTION_LABEL,
  RESOLUTION_WORDS_MAX,
  RESOLVE_WORDING as W,
} from '../../domain/escalation/resolution';
import { RESOLUTION_OUTCOMES, type ResolutionOutcome } from '../../domain/log/resolution-outcome';
import { ChoiceGroup } from '../common/ChoiceGroup';
import { Field } from '../common/Field';

/**
 * The step that marks an emergency resolved, in place under the call button (not a dialog: the
 * call button stays in reach above it): "Is the emergency over?", what happened, and the sitter's
 * own words if they like. Only the confirm button calls `onConfirm`; "Not yet" writes nothing.
 */
export function ResolveStep({
  onConfirm,
  onBack,
}: {
  onConfirm: (outcome: ResolutionOutcome, words: string) => Promise<void>;
  onBack: () => void;
}) {
  const [outcome, setOutcome] = useState<ResolutionOutcome>();
  const [words, setWords] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const section = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // The heading takes focus; the scroll margin keeps the call button above it on screen.
    heading.current?.focus({ preventScroll: true });
    section.current?.scrollIntoView?.({ block: 'start' });
  }, []);

  const confirm = async (e: Event): Promise<void> => {
    e.preventDefault();
    if (!outcome) {
      setError(W.noChoice);
      section.current?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
      return;
    }
    setBusy(true);
    await onConfirm(outcome, words);
    setBusy(false);
  };
  const choose = (o: ResolutionOutcome): void => {
    setOutcome(o);
    setError('');
  };

  return (
    <section class="resolve-step card stack" ref={section} aria-labelledby="resolve-heading">
      <h2 id="resolve-heading" ref={heading} tabIndex={-1}>
        {W.heading}
      </h2>
      <p>{W.intro}</p>
      <form class="stack" onSubmit={(e) => void confirm(e)} noValidate>
        <ChoiceGroup
          name="resolve-outcome"
          legend={W.question}
          options={RESOLUTION_OUTCOMES}
          labels={RESOLUTION_LABEL}
          value={outcome}
          onChange={choose}
        />
        <div role="alert">
          {error && (
            <p class="field-error" id="resolve-error">
              {error}
            </p>
          )}
        </div>
        <Field id="resolve-words" label={W.words} hint={W.wordsHint}>
          <textarea
            id="resolve-words"
            rows={2}
            maxLength={RESOLUTION_WORDS_MAX}
            value={words}
            onInput={(e) => setWords(e.currentTarget.value)}
            aria-describedby="resolve-words-hint"
          />
        </Field>
        <button type="submit" class="block emergency-action resolve-confirm" disabled={busy}>
          {W.confirm}
        </button>
        <button type="button" class="block emergency-action" onClick={onBack}>
          {W.back}
        </button>
      </form>
    </section>
  );
}
