import { numberText } from '../../domain/format/time';
import { MOOD_SCALE } from '../../domain/log/patient-entries';

const SCORES = Array.from(
  { length: MOOD_SCALE.max - MOOD_SCALE.min + 1 },
  (_, i) => MOOD_SCALE.min + i,
);

/** Mood from 0 (worst) to 10 (best) as large radio chips, with both ends labelled in words. */
export function MoodScale(props: {
  legend: string;
  name: string;
  value: number | undefined;
  onChange: (score: number) => void;
  hint?: string;
}) {
  return (
    <fieldset class="mood-scale">
      <legend>{props.legend}</legend>
      {props.hint && <p class="small muted">{props.hint}</p>}
      <div class="choices mood-choices">
        {SCORES.map((n) => (
          <label class="choice mood-choice" key={n}>
            <input
              type="radio"
              name={props.name}
              value={n}
              checked={props.value === n}
              onChange={() => props.onChange(n)}
            />
            <span>
              {numberText(n)}
              {n === MOOD_SCALE.min && <End label={MOOD_SCALE.lowLabel} />}
              {n === MOOD_SCALE.max && <End label={MOOD_SCALE.highLabel} />}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The word under an end of the scale; a screen reader hears "0, Worst". */
function End({ label }: { label: string }) {
  return (
    <small class="mood-end">
      <span class="visually-hidden">,</span> {label}
    </small>
  );
}
