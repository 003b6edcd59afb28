import { useState } from 'preact/hooks';
import {
  correctableFields,
  fieldValue,
  isValidChange,
  type CorrectableField,
} from '../../domain/log/corrections';
import type { CorrectionChange, Entry } from '../../domain/log/entry';
import { ChoiceGroup } from '../common/ChoiceGroup';
import { FormActions } from '../common/FormActions';

/** The new value for one field: chips for an answer, a number for a reading, text for a note. */
function NewValue({
  spec,
  value,
  onChange,
}: {
  spec: CorrectableField;
  value: string;
  onChange: (v: string) => void;
}) {
  if (spec.kind === 'choice') {
    return (
      <ChoiceGroup
        name="correction-value"
        legend={`${spec.label}: the right answer`}
        options={spec.options}
        labels={spec.labels}
        value={value || undefined}
        onChange={onChange}
      />
    );
  }
  const id = 'correction-value';
  const label =
    spec.kind === 'number' ? `${spec.label}: the right number (${spec.unit})` : 'The right words';
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {spec.kind === 'number' ? (
        <input
          id={id}
          inputMode="numeric"
          value={value}
          onInput={(e) => onChange(e.currentTarget.value)}
        />
      ) : (
        <textarea id={id} value={value} onInput={(e) => onChange(e.currentTarget.value)} />
      )}
    </div>
  );
}

/**
 * Correct one field of an entry: which field, its right value, and why. The original stays in
 * the log; the summary and exports use the new value, marked as corrected.
 */
export function CorrectionForm({
  entry,
  onSave,
  onCancel,
}: {
  entry: Entry;
  onSave: (text: string, changes: CorrectionChange[]) => Promise<boolean>;
  onCancel: () => void;
}) {
  const fields = correctableFields(entry);
  const [field, setField] = useState(fields[0]?.field ?? '');
  const [value, setValue] = useState('');
  const [why, setWhy] = useState('');
  const [error, setError] = useState('');
  const spec = fields.find((f) => f.field === field);
  if (!spec) return null;

  const save = async (e: Event): Promise<void> => {
    e.preventDefault();
    const to = spec.kind === 'number' ? Number(value.trim()) : value.trim();
    const from = fieldValue(entry, field);
    const change: CorrectionChange = { field, to, ...(from !== undefined ? { from } : {}) };
    if (value.trim() === '' || !isValidChange(entry, change)) {
      setError(
        spec.kind === 'number'
          ? `Enter a whole number from ${spec.min} to ${spec.max}.`
          : 'Choose or write the right value.',
      );
      return;
    }
    setError('');
    await onSave(why.trim() || `${spec.label} corrected`, [change]);
  };

  return (
    <form class="card stack" onSubmit={(e) => void save(e)} aria-label="Correction">
      {fields.length > 1 && (
        <div class="field">
          <label for="correction-field">What to correct</label>
          <select
            id="correction-field"
            value={field}
            onChange={(e) => {
              setField(e.currentTarget.value);
              setValue('');
            }}
          >
            {fields.map((f) => (
              <option key={f.field} value={f.field}>
                {f.label}
                {fieldValue(entry, f.field) !== undefined
                  ? ` (now: ${fieldValue(entry, f.field)})`
                  : ''}
              </option>
            ))}
          </select>
        </div>
      )}
      <NewValue spec={spec} value={value} onChange={setValue} />
      <div class="field">
        <label for="correction-why">Why (optional)</label>
        <input
          id="correction-why"
          value={why}
          autoComplete="off"
          onInput={(e) => setWhy(e.currentTarget.value)}
        />
      </div>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      <FormActions save="Save correction" onCancel={onCancel} />
    </form>
  );
}
