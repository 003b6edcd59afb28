import { useId, useState } from 'preact/hooks';
import { bandOf, isComplete, needsSafetyResponse, scoreOf } from '../../domain/review/self-check';
import {
  ANSWER_OPTIONS,
  INSTRUMENTS,
  PHQ9_ITEM9_INDEX,
  type Answer,
  type InstrumentId,
} from '../../domain/review/self-check-items';
import { CrisisLines } from './CrisisLines';
import { FormActions } from '../common/FormActions';

// The whole questionnaire on one page (a phone scrolls easily, every answer stays in view and can
// be changed, and nothing hides behind a "next" step). The moment PHQ-9 item 9 is answered above
// "not at all", the support links appear right under it, before anything is saved.

/** One item with its four standard answers as large chips. */
function Item(props: {
  n: number;
  text: string;
  name: string;
  value: Answer | undefined;
  onChange: (a: Answer) => void;
}) {
  return (
    <fieldset class="self-check-item">
      <legend>
        <span class="self-check-number">{props.n}.</span> {props.text}
      </legend>
      <div class="choices">
        {ANSWER_OPTIONS.map((o) => (
          <label class="choice" key={o.value}>
            <input
              type="radio"
              name={props.name}
              value={o.value}
              checked={props.value === o.value}
              onChange={() => props.onChange(o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A PHQ-9 or GAD-7 to fill in; `onSave` gets all the answers and resolves true once saved. */
export function SelfCheckForm(props: {
  instrument: InstrumentId;
  emergencyNumber: string;
  onSave: (answers: Answer[]) => Promise<boolean>;
  onCancel?: () => void;
}) {
  const id = useId();
  const inst = INSTRUMENTS[props.instrument];
  const [answers, setAnswers] = useState<(Answer | undefined)[]>(() =>
    inst.items.map(() => undefined),
  );
  const [error, setError] = useState('');
  const safety = props.instrument === 'phq-9' && needsSafetyResponse(answers);
  const score = isComplete(props.instrument, answers) ? scoreOf(answers) : undefined;
  const answer = (i: number, a: Answer): void =>
    setAnswers(answers.map((v, j) => (j === i ? a : v)));
  const save = async (e: Event): Promise<void> => {
    e.preventDefault();
    if (!isComplete(props.instrument, answers)) {
      const left = answers.filter((a) => a === undefined).length;
      return setError(`Please answer every question (${left} left).`);
    }
    setError('');
    await props.onSave(answers);
  };
  return (
    <form
      class="stack self-check-form"
      onSubmit={(e) => void save(e)}
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`}>{inst.name}</h2>
      <p>{inst.stem}</p>
      <div class="self-check-items">
        {inst.items.map((text, i) => (
          <div key={i}>
            <Item
              n={i + 1}
              text={text}
              name={`${id}-${i}`}
              value={answers[i]}
              onChange={(a) => answer(i, a)}
            />
            {safety && i === PHQ9_ITEM9_INDEX && (
              <CrisisLines emergencyNumber={props.emergencyNumber} live />
            )}
          </div>
        ))}
      </div>
      {score !== undefined && (
        <p class="self-check-score" role="status">
          Score: {score} of {inst.maxScore} ({bandOf(props.instrument, score).label.toLowerCase()}).
        </p>
      )}
      {error && <p class="field-error">{error}</p>}
      <FormActions save="Save answers" onCancel={props.onCancel} />
    </form>
  );
}
