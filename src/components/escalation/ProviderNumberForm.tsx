import { useState } from 'preact/hooks';
import type { Contacts } from '../../domain/contacts/contacts';
import { contactErrors } from '../../domain/contacts/contacts-validation';
import { Field } from '../common/Field';

/**
 * The provider's number, added where it is missing (the call-provider screen) without leaving the
 * session: the countdown keeps running and the emergency call stays on screen. Kept in Contacts
 * for every session.
 */
export function ProviderNumberForm({
  contacts,
  onSave,
}: {
  contacts: Contacts;
  /** Saves durably: the message to show when it could not be saved. */
  onSave: (next: Contacts) => Promise<{ ok: true } | { ok: false; message: string }>;
}) {
  const [name, setName] = useState(contacts.providerName);
  const [phone, setPhone] = useState('');
  const [error, setError] = useState<string>();
  const [saveError, setSaveError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const save = async (e: Event): Promise<void> => {
    e.preventDefault();
    if (busy) return;
    const next = { ...contacts, providerName: name.trim(), providerPhone: phone.trim() };
    const problem = next.providerPhone
      ? contactErrors(next).providerPhone
      : 'Enter the provider’s phone number.';
    setError(problem);
    if (problem) return void document.getElementById('provider-phone')?.focus();
    setBusy(true);
    const result = await onSave(next);
    setBusy(false);
    setSaveError(result.ok ? undefined : result.message);
  };

  return (
    <form
      class="banner error stack"
      onSubmit={(e) => void save(e)}
      noValidate
      aria-labelledby="provider-number-heading"
    >
      <h2 id="provider-number-heading">No phone number for the provider is set</h2>
      <p>Add it here; it is kept for every session.</p>
      <Field id="provider-phone" label="Provider’s phone" error={error}>
        <input
          id="provider-phone"
          type="tel"
          autoComplete="off"
          value={phone}
          onInput={(e) => setPhone(e.currentTarget.value)}
          aria-invalid={!!error}
          aria-describedby={error ? 'provider-phone-error' : undefined}
        />
      </Field>
      <Field id="provider-name" label="Provider’s name (optional)">
        <input
          id="provider-name"
          type="text"
          autoComplete="off"
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </Field>
      <button type="submit" class="primary block" disabled={busy}>
        Save the provider’s number
      </button>
      {saveError && <p role="alert">{saveError}</p>}
    </form>
  );
}
