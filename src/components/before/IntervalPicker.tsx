import { INTERVAL_MAX, INTERVAL_MIN, QUICK_INTERVALS } from '../../domain/before/start-form';

/** Check-in interval: quick choices plus any whole number in range. */
export function IntervalPicker({
  value,
  onChange,
  error,
  max = INTERVAL_MAX,
}: {
  value: string;
  onChange: (v: string) => void;
  error?: string | undefined;
  /** The provider's interval: longer ones are not offered. */
  max?: number;
}) {
  // Never past the clinical limit, even if a caller hands over a longer interval.
  const top = Math.min(max, INTERVAL_MAX);
  return (
    <fieldset aria-describedby={error ? 'interval-error' : undefined}>
      <legend>Check in every</legend>
      <div class="choices">
        {QUICK_INTERVALS.filter((m) => m <= top).map((m) => (
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
          Or minutes ({INTERVAL_MIN}–{top})
        </label>
        <input
          id="interval-other"
          type="number"
          inputMode="numeric"
          min={INTERVAL_MIN}
          max={top}
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
