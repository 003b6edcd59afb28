import { useState } from 'preact/hooks';
import type { Contacts } from '../../domain/contacts/contacts';
import { contactErrors, type ContactErrors } from '../../domain/contacts/contacts-validation';
import { Field } from '../common/Field';

/** What the emergency card and the provider screen need, when preparation was skipped. */
export interface Essentials {
  emergencyNumber: string;
  address: string;
  providerPhone: string;
}

/**
 * One short screen before a session started without preparation: the emergency number (to
 * confirm), the address and the provider's phone. Skippable, with the consequence said plainly.
 */
export function EssentialsForm({
  contacts,
  missingProvider,
  onSave,
  onSkip,
}: {
  contacts: Contacts;
  missingProvider: boolean;
  onSave: (e: Essentials) => Promise<string | undefined>;
  onSkip: () => void;
}) {
  const [value, setValue] = useState<Essentials>({
    emergencyNumber: contacts.emergencyNumber,
    address: contacts.address,
    providerPhone: contacts.providerPhone,
  });
  const [errors, setErrors] = useState<ContactErrors>({});
  const [saveError, setSaveError] = useState('');
  const set = (key: keyof Essentials) => (e: Event) =>
    setValue((v) => ({ ...v, [key]: (e.currentTarget as HTMLInputElement).value }));
  const save = async (e: Event): Promise<void> => {
    e.preventDefault();
    const found = contactErrors({ ...contacts, ...value });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaveError((await onSave(value)) ?? '');
  };

  return (
    <form
      class="stack"
      onSubmit={(e) => void save(e)}
      noValidate
      aria-labelledby="essentials-heading"
    >
      <h2 id="essentials-heading">Before you start: three things for an emergency</h2>
      <Field
        id="ess-emergency"
        label="Emergency number where you are"
        error={errors.emergencyNumber}
      >
        <input
          id="ess-emergency"
          type="tel"
          value={value.emergencyNumber}
          onInput={set('emergencyNumber')}
        />
      </Field>
      <Field
        id="ess-address"
        label="Address where the session takes place"
        hint="Read out to the call handler: flat number, floor, door code."
      >
        <textarea
          id="ess-address"
          value={value.address}
          onInput={set('address')}
          aria-describedby="ess-address-hint"
        />
      </Field>
      {missingProvider && (
        <Field id="ess-provider" label="Provider’s phone" error={errors.providerPhone}>
          <input
            id="ess-provider"
            type="tel"
            value={value.providerPhone}
            onInput={set('providerPhone')}
          />
        </Field>
      )}
      {saveError && (
        <p class="banner error" role="alert">
          Not saved: {saveError}
        </p>
      )}
      <div class="row">
        <button type="submit" class="primary">
          Save and continue
        </button>
        <button type="button" onClick={onSkip}>
          Skip for now
        </button>
      </div>
      <p class="small muted">
        If you skip, the emergency card will tell you to say the address aloud, and you can add the
        provider’s number on the provider screen when you need it, or later in Settings.
      </p>
    </form>
  );
}
