import { useState } from 'preact/hooks';
import { Field } from '../components/common/Field';
import { ScreenHeading } from '../components/common/ScreenHeading';
import { withEmergencyNumber } from '../domain/contacts/contacts';
import type { Contacts } from '../domain/contacts/contacts';
import { contactErrors, type ContactErrors } from '../domain/contacts/contacts-validation';
import { defaultEmergencyNumber, regionOf } from '../domain/contacts/emergency-number';
import { clockTime } from '../domain/format/time';
import { deviceRegionHint } from '../platform/region';
import { goBack } from '../platform/router';
import { useSetting } from '../state/use-setting';

type Key = keyof Contacts;
const PHONE: { key: Key; label: string; hint?: string }[] = [
  { key: 'providerName', label: 'Provider’s name (clinic or clinician)' },
  { key: 'providerPhone', label: 'Provider’s phone' },
  {
    key: 'backupName',
    label: 'Backup contact’s name',
    hint: 'Someone to call if you can’t reach the provider.',
  },
  { key: 'backupPhone', label: 'Backup contact’s phone' },
];
const CARD: { key: Key; label: string; hint: string }[] = [
  {
    key: 'address',
    label: 'Address where the session takes place',
    hint: 'Read out to the emergency call handler: include the flat number, floor and door code.',
  },
  {
    key: 'medications',
    label: 'Patient’s other medications (optional)',
    hint: 'Names and doses, if the patient agreed to list them.',
  },
  {
    key: 'allergies',
    label: 'Patient’s allergies (optional)',
    hint: 'Leave empty if none are known.',
  },
];

/** Contacts and the emergency card's details, validated and saved to the settings store. */
export default function ContactsScreen() {
  const setting = useSetting('contacts');
  const regional = defaultEmergencyNumber(regionOf(deviceRegionHint()));
  // What the sitter is typing; until they type, the saved contacts.
  const [edited, setValue] = useState<Contacts>();
  const [errors, setErrors] = useState<ContactErrors>({});
  const [status, setStatus] = useState<{ savedAt?: number; error?: string }>({});
  const value = edited ?? (setting.value && withEmergencyNumber(setting.value, deviceRegionHint()));
  if (!value)
    return (
      <main aria-busy="true">
        <p role="status" class="muted">
          {setting.loadError ?? 'Loading…'}
        </p>
      </main>
    );

  const set = (key: Key) => (e: Event) => {
    setValue({ ...value, [key]: (e.currentTarget as HTMLInputElement).value });
    setStatus({});
  };
  const save = async (e: Event): Promise<void> => {
    e.preventDefault();
    const found = contactErrors(value);
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) return void document.getElementById(`contact-${first}`)?.focus();
    // Typing and saving the number is confirming it for where the sitter is.
    const result = await setting.save({
      ...value,
      emergencyConfirmedFor: value.emergencyNumber.trim(),
    });
    setStatus(result.ok ? { savedAt: result.at } : { error: result.message });
  };
  const describedBy = (key: Key, hint: boolean): string | undefined =>
    [hint && `contact-${key}-hint`, errors[key] && `contact-${key}-error`]
      .filter(Boolean)
      .join(' ') || undefined;
  const input = (key: Key, type: 'tel' | 'text', hint: boolean) => (
    <input
      id={`contact-${key}`}
      type={type}
      value={value[key]}
      onInput={set(key)}
      autoComplete="off"
      aria-invalid={!!errors[key]}
      aria-describedby={describedBy(key, hint)}
    />
  );

  return (
    <main aria-labelledby="contacts-heading">
      <ScreenHeading id="contacts-heading">Contacts and emergency number</ScreenHeading>
      <p class="muted">
        Kept on this device only. Sitwell shows these on the emergency and provider screens.
      </p>
      <form onSubmit={(e) => void save(e)} noValidate>
        <Field
          id="contact-emergencyNumber"
          label="Emergency number"
          error={errors.emergencyNumber}
          hint={`The usual number for your region is ${regional}. Change it if you are elsewhere.`}
        >
          {input('emergencyNumber', 'tel', true)}
        </Field>
        <fieldset>
          <legend>Provider and backup</legend>
          {PHONE.map(({ key, label, hint }) => (
            <Field key={key} id={`contact-${key}`} label={label} error={errors[key]} hint={hint}>
              {input(key, key.endsWith('Phone') ? 'tel' : 'text', !!hint)}
            </Field>
          ))}
        </fieldset>
        <fieldset>
          <legend>For the emergency card</legend>
          {CARD.map(({ key, label, hint }) => (
            <Field key={key} id={`contact-${key}`} label={label} hint={hint}>
              <textarea
                id={`contact-${key}`}
                value={value[key]}
                onInput={set(key)}
                aria-describedby={`contact-${key}-hint`}
              />
            </Field>
          ))}
        </fieldset>
        <div role="status" aria-live="polite">
          {status.savedAt !== undefined && (
            <p class="banner ok">Saved at {clockTime(status.savedAt)}.</p>
          )}
        </div>
        {status.error && (
          <p class="banner error" role="alert">
            Not saved: {status.error}
          </p>
        )}
        {Object.keys(errors).length > 0 && (
          <p class="banner error" role="alert">
            Check the highlighted numbers; nothing was saved yet.
          </p>
        )}
        <div class="row">
          <button type="submit" class="primary">
            Save contacts
          </button>
          <button type="button" onClick={goBack}>
            Back
          </button>
        </div>
      </form>
    </main>
  );
}
