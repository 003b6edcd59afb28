import { dialHref } from '../../domain/contacts/contacts';
import { SUBSTANCES, type SubstanceId } from '../../domain/log/substances';
import { Field } from '../common/Field';
import type { PrepStepProps } from './PrepSteps';

/**
 * "Has the patient taken anything else today?": alcohol, sedatives and opioids add to ketamine's
 * drowsiness and can slow breathing [SPR-label]; the answer goes in the log and on the emergency
 * card.
 */
export function PrepSubstances({
  draft,
  update,
  providerPhone,
}: PrepStepProps & { providerPhone: string }) {
  const toggle = (id: SubstanceId, on: boolean): void =>
    update((d) => ({
      ...d,
      substancesNone: false,
      substances: on
        ? [...d.substances.filter((s) => s !== id), id]
        : d.substances.filter((s) => s !== id),
    }));
  const sedating = SUBSTANCES.some((s) => s.sedating && draft.substances.includes(s.id));
  return (
    <fieldset>
      <legend>Has the patient taken any of these today?</legend>
      {SUBSTANCES.map((s) => (
        <div class="field" key={s.id}>
          <label class="row check">
            <input
              type="checkbox"
              class="checkbox"
              checked={draft.substances.includes(s.id)}
              onChange={(e) => toggle(s.id, e.currentTarget.checked)}
            />
            <span>{s.label}</span>
          </label>
        </div>
      ))}
      <div class="field">
        <label class="row check">
          <input
            type="checkbox"
            class="checkbox"
            checked={draft.substancesNone}
            onChange={(e) => {
              const none = e.currentTarget.checked;
              update((d) => ({ ...d, substancesNone: none, substances: none ? [] : d.substances }));
            }}
          />
          <span>None of these</span>
        </label>
      </div>
      <Field id="prep-substances-note" label="What, how much and when (optional)">
        <input
          id="prep-substances-note"
          value={draft.substancesNote}
          autoComplete="off"
          onInput={(e) => {
            const substancesNote = e.currentTarget.value;
            update((d) => ({ ...d, substancesNote }));
          }}
        />
      </Field>
      {sedating && (
        <div class="banner warn" role="status">
          <p>
            <strong>Tell the provider before the dose.</strong> Alcohol, sedatives and opioids add
            to ketamine’s drowsiness and can slow breathing.
          </p>
          {providerPhone && (
            <a class="button" href={dialHref(providerPhone)}>
              Call the provider
            </a>
          )}
        </div>
      )}
    </fieldset>
  );
}
