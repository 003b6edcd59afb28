import type { RawVitals } from '../../domain/check-in/vitals-validation';
import { BreathCounter } from './BreathCounter';

const FIELDS: { key: keyof RawVitals; label: string; unit: string }[] = [
  { key: 'systolic', label: 'Blood pressure, top number (systolic)', unit: 'mmHg' },
  { key: 'diastolic', label: 'Blood pressure, bottom number (diastolic)', unit: 'mmHg' },
  { key: 'heartRate', label: 'Heart rate', unit: 'beats per minute' },
  { key: 'spo2', label: 'Oxygen saturation', unit: '%' },
  { key: 'respRate', label: 'Breathing rate', unit: 'breaths per minute' },
];

/** Optional measurements, each with its own error; values stay as typed when invalid. */
export function VitalsFields({
  raw,
  errors,
  onField,
  onBreathCount,
}: {
  raw: RawVitals;
  errors: Partial<Record<keyof RawVitals, string>>;
  onField: (key: keyof RawVitals, value: string) => void;
  /** A finished 30-second count, in breaths per minute. */
  onBreathCount?: (perMinute: number) => void;
}) {
  return (
    <fieldset>
      <legend>Measurements (optional)</legend>
      {FIELDS.map(({ key, label, unit }) => {
        const id = `vital-${key}`;
        const err = errors[key];
        return (
          <div class="field" key={key}>
            <label for={id}>
              {label} <span class="muted small">({unit})</span>
            </label>
            <input
              id={id}
              inputMode="numeric"
              value={raw[key] ?? ''}
              onInput={(e) => onField(key, e.currentTarget.value)}
              aria-invalid={!!err}
              aria-describedby={err ? `${id}-error` : undefined}
            />
            {err && (
              <p class="field-error" id={`${id}-error`}>
                {err}
              </p>
            )}
            {key === 'respRate' && (
              <BreathCounter
                onResult={(n) => {
                  onField('respRate', String(n));
                  onBreathCount?.(n);
                }}
              />
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
