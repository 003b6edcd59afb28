import type { VitalsErrors } from '../../domain/check-in/vitals-validation';

/** The two blood-pressure numbers as typed. */
export interface RawBp {
  systolic: string;
  diastolic: string;
}

const PARTS = [
  { key: 'systolic', label: 'Top number (systolic)' },
  { key: 'diastolic', label: 'Bottom number (diastolic)' },
] as const;

/**
 * A blood-pressure pair in its own fieldset; ids are `${idPrefix}-systolic` and
 * `${idPrefix}-diastolic`.
 */
export function BpFields(props: {
  idPrefix: string;
  legend: string;
  raw: RawBp;
  errors: VitalsErrors;
  onField: (key: keyof RawBp, value: string) => void;
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      <div class="bp-pair">
        {PARTS.map(({ key, label }) => {
          const id = `${props.idPrefix}-${key}`;
          const err = props.errors[key];
          return (
            <div class="field" key={key}>
              <label for={id}>
                {label} <span class="muted small">(mmHg)</span>
              </label>
              <input
                id={id}
                inputMode="numeric"
                autoComplete="off"
                value={props.raw[key]}
                onInput={(e) => props.onField(key, e.currentTarget.value)}
                aria-invalid={!!err}
                aria-describedby={err ? `${id}-error` : undefined}
              />
              {err && (
                <p class="field-error" id={`${id}-error`}>
                  {err}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
