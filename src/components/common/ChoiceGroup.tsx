/** A one-tap question: radio buttons drawn as large chips, inside a labelled fieldset. */
export function ChoiceGroup<T extends string>(props: {
  name: string;
  legend: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T | undefined;
  onChange: (v: T) => void;
  /** Answers marked "Emergency": saved and acted on the moment they are tapped. */
  emergency?: readonly T[];
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      <div class="choices">
        {props.options.map((o) => (
          <label class="choice" key={o}>
            <input
              type="radio"
              name={props.name}
              value={o}
              checked={props.value === o}
              onChange={() => props.onChange(o)}
            />
            <span>
              {props.labels[o]}
              {props.emergency?.includes(o) && <em class="choice-mark"> Emergency</em>}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
