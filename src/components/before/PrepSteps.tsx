import { SETTING_ITEMS, type PrepDraft } from '../../domain/before/prep-draft';
import { emergencyNumberConfirmed, type Contacts } from '../../domain/contacts/contacts';
import { Field } from '../common/Field';

/** What every preparation step receives: the draft and a way to change it. */
export interface PrepStepProps {
  draft: PrepDraft;
  update: (change: (d: PrepDraft) => PrepDraft) => void;
  errors?: Record<string, string>;
}

/** Step 1: the sitter and the patient. */
export function PrepPeople({ draft, update, errors = {} }: PrepStepProps) {
  return (
    <>
      <Field id="prep-sitter" label="Your name (the sitter)" error={errors.sitter}>
        <input
          id="prep-sitter"
          value={draft.sitter}
          autoComplete="name"
          onInput={(e) => {
            const sitter = e.currentTarget.value;
            update((d) => ({ ...d, sitter }));
          }}
          aria-invalid={!!errors.sitter}
          aria-describedby={errors.sitter ? 'prep-sitter-error' : undefined}
        />
      </Field>
      <Field id="prep-patient" label="Patient’s name or initials (optional)">
        <input
          id="prep-patient"
          value={draft.patient}
          autoComplete="off"
          onInput={(e) => {
            const patient = e.currentTarget.value;
            update((d) => ({ ...d, patient }));
          }}
        />
      </Field>
    </>
  );
}

const CONTACT_LINES: { key: keyof Contacts; label: string }[] = [
  { key: 'emergencyNumber', label: 'Emergency number' },
  { key: 'address', label: 'Address for emergency services' },
  { key: 'providerName', label: 'Provider' },
  { key: 'providerPhone', label: 'Provider’s phone' },
  { key: 'backupName', label: 'Backup contact' },
  { key: 'backupPhone', label: 'Backup contact’s phone' },
];

/** Step 2: what is set for an emergency, with a way to change it (the answers here are kept). */
export function PrepContacts({
  contacts,
  onEdit,
  onConfirmNumber,
  error,
}: {
  contacts: Contacts;
  onEdit: () => void;
  /** The sitter confirms the emergency number for where they are. */
  onConfirmNumber: () => void;
  error?: string | undefined;
}) {
  const missing = !contacts.emergencyNumber || !contacts.address;
  const confirmed = emergencyNumberConfirmed(contacts);
  return (
    <>
      <p>If something goes wrong you will not have time to look these up. Check them now.</p>
      <fieldset
        class={confirmed ? '' : 'needs-answer'}
        aria-describedby={error ? 'confirm-number-error' : undefined}
      >
        <legend>Is {contacts.emergencyNumber} the emergency number where you are?</legend>
        {confirmed ? (
          <p class="banner ok" role="status">
            Confirmed: {contacts.emergencyNumber}.
          </p>
        ) : (
          <div class="row">
            <button type="button" class="primary" onClick={onConfirmNumber}>
              Yes, {contacts.emergencyNumber} is right
            </button>
            <button type="button" onClick={onEdit}>
              No, change it
            </button>
          </div>
        )}
        {error && (
          <p class="field-error" id="confirm-number-error" role="alert">
            {error}
          </p>
        )}
      </fieldset>
      <dl class="facts">
        {CONTACT_LINES.map(({ key, label }) => (
          <div key={key}>
            <dt>{label}</dt>
            <dd>{contacts[key] || <span class="muted">Not set</span>}</dd>
          </div>
        ))}
      </dl>
      {missing && (
        <p class="banner warn">
          Add the emergency number and the address: the emergency screen shows them when you need
          them.
        </p>
      )}
      <button type="button" onClick={onEdit}>
        Edit contacts and address
      </button>
    </>
  );
}

/** Step 4: set and setting, one tick each. */
export function PrepSetting({ draft, update }: PrepStepProps) {
  return (
    <fieldset>
      <legend>Tick each one that is ready</legend>
      {SETTING_ITEMS.map(({ id, label }) => (
        <div class="field" key={id}>
          <label class="row check">
            <input
              type="checkbox"
              class="checkbox"
              checked={draft.setting[id] === true}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                update((d) => ({ ...d, setting: { ...d.setting, [id]: on } }));
              }}
            />
            <span>{label}</span>
          </label>
        </div>
      ))}
    </fieldset>
  );
}

const DOSE_FIELDS = [
  {
    key: 'medication',
    label: 'Medication',
    hint: 'As on the label, for example “ketamine rapid-dissolve tablet”.',
  },
  {
    key: 'route',
    label: 'How it is taken',
    hint: 'For example under the tongue, swallowed, nasal spray or injection.',
  },
  { key: 'amount', label: 'Amount', hint: 'For example “300 mg” or “2 tablets”.' },
] as const;

/** Step 5: the dose as the provider prescribed it; the time can wait for the start form. */
export function PrepDose({ draft, update }: PrepStepProps) {
  const set = (key: keyof PrepDraft['dose'], value: string): void =>
    update((d) => ({ ...d, dose: { ...d.dose, [key]: value } }));
  return (
    <>
      {DOSE_FIELDS.map(({ key, label, hint }) => (
        <Field key={key} id={`prep-dose-${key}`} label={`${label} (optional)`} hint={hint}>
          <input
            id={`prep-dose-${key}`}
            value={draft.dose[key]}
            autoComplete="off"
            aria-describedby={`prep-dose-${key}-hint`}
            onInput={(e) => set(key, e.currentTarget.value)}
          />
        </Field>
      ))}
      <Field
        id="prep-dose-time"
        label="Time of the dose (optional)"
        hint="Leave empty if it is not taken yet: the start form asks again."
      >
        <input
          id="prep-dose-time"
          type="time"
          value={draft.dose.time}
          aria-describedby="prep-dose-time-hint"
          onInput={(e) => set('time', e.currentTarget.value)}
        />
      </Field>
    </>
  );
}
