import { INTERVAL_MAX, INTERVAL_MIN, QUICK_INTERVALS } from '../domain/before/start-form';

/** Check-in interval: quick choices plus any whole number in range. */
export function IntervalPicker({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (v: string) => void;
  error?: string | undefined;
}) {
  return (
    <fieldset aria-describedby={error ? 'interval-error' : undefined}>
      <legend>Check in every</legend>
      <div class="choices">
        {QUICK_INTERVALS.map((m) => (
          <label class="choice" key={m}>
            <input
              type="radio"
              name="interval"
              value={String(m)}
              checked={value === String(m)}
              onChange={() => onChange(String(m))}
            />
            <span>{m} min</span>
          </label>
        ))}
      </div>
      <div class="field">
        <label for="interval-other">
          Or minutes ({INTERVAL_MIN}–{INTERVAL_MAX})
        </label>
        <input
          id="interval-other"
          type="number"
          inputMode="numeric"
          min={INTERVAL_MIN}
          max={INTERVAL_MAX}
          step={1}
          value={value}
          onInput={(e) => onChange(e.currentTarget.value)}
          aria-invalid={!!error}
        />
      </div>
      {error && (
        <p class="field-error" id="interval-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
