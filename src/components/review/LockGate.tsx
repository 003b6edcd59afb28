import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { Field } from '../common/Field';

/**
 * The patient's own screens behind their PIN or the device's unlock, when they chose a lock.
 * A privacy curtain for a shared phone, not security against someone who has the phone unlocked
 * and time: it hides the patient's words, not the sitter's session or alarms.
 */
export function LockGate({
  locked,
  hasPin,
  hasDevice,
  onPin,
  onDevice,
  children,
}: {
  locked: boolean;
  hasPin: boolean;
  hasDevice: boolean;
  onPin: (pin: string) => Promise<boolean>;
  onDevice: () => Promise<boolean>;
  children: ComponentChildren;
}) {
  const [pin, setPin] = useState('');
  const [error, setError] = useState('');
  if (!locked) return <>{children}</>;
  const tryPin = async (e: Event): Promise<void> => {
    e.preventDefault();
    if (!(await onPin(pin.trim()))) setError('That PIN is not right. Try again.');
    setPin('');
  };
  const tryDevice = async (): Promise<void> => {
    if (!(await onDevice())) setError('The device did not unlock. Try again, or use the PIN.');
  };
  return (
    <section class="card stack" aria-labelledby="lock-heading">
      <h2 id="lock-heading">This is the patient’s private space</h2>
      <p>It is locked. The patient can open it with their PIN or this phone’s own unlock.</p>
      {hasDevice && (
        <button class="primary block" onClick={() => void tryDevice()}>
          Unlock with this device
        </button>
      )}
      {hasPin && (
        <form class="stack" onSubmit={(e) => void tryPin(e)}>
          <Field id="lock-pin" label="PIN" error={error}>
            <input
              id="lock-pin"
              type="password"
              inputMode="numeric"
              autoComplete="off"
              value={pin}
              onInput={(e) => setPin(e.currentTarget.value)}
              aria-invalid={!!error}
              aria-describedby={error ? 'lock-pin-error' : undefined}
            />
          </Field>
          <button type="submit" class="primary">
            Unlock
          </button>
        </form>
      )}
      {!hasPin && error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
