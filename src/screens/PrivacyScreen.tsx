import { useEffect, useState } from 'preact/hooks';
import { Field } from '../components/common/Field';
import { ScreenHeading } from '../components/common/ScreenHeading';
import { isLocked } from '../domain/review/patient-lock';
import { isDeviceUnlockAvailable } from '../platform/device-unlock';
import { goBack } from '../platform/router';
import { usePatientLock } from '../state/use-patient-lock';

/**
 * The patient's optional lock for their own screens on a shared phone: a PIN, this device's own
 * unlock, or both. It never hides the sitter's session screens or alarms.
 */
export default function PrivacyScreen() {
  const lock = usePatientLock();
  const [pin, setPin] = useState('');
  const [status, setStatus] = useState('');
  const [deviceAvailable, setDeviceAvailable] = useState(false);
  useEffect(() => {
    void isDeviceUnlockAvailable().then(setDeviceAvailable);
  }, []);
  const on = lock.lock !== undefined && isLocked(lock.lock);
  const report = (ok: boolean, done: string, message?: string): void =>
    setStatus(ok ? done : `Not saved: ${message ?? 'try again'}`);

  return (
    <main class="stack" aria-labelledby="privacy-heading">
      <ScreenHeading id="privacy-heading">The patient’s privacy</ScreenHeading>
      <p>
        The patient’s look back, their own words and their self-checks can be locked, for a phone
        that others use too. It is optional. The sitter’s session screens and alarms are never
        locked.
      </p>
      <p class="small muted">
        This is a curtain, not a safe: anyone with this phone unlocked and time could still read the
        browser’s storage. The PIN itself is never stored, only a stretched hash of it.
      </p>
      <p role="status">{on ? 'The patient’s screens are locked.' : 'No lock is set.'}</p>
      {lock.locked && on ? (
        <p class="banner warn">
          Unlock the patient’s screens first (from “Look back”) to change the lock.
        </p>
      ) : (
        <>
          <form
            class="stack"
            onSubmit={(e) => {
              e.preventDefault();
              void lock.setPin(pin.trim()).then((r) => {
                report(r.ok, 'The PIN is set.', r.ok ? undefined : r.message);
                setPin('');
              });
            }}
          >
            <Field
              id="new-pin"
              label={lock.lock?.pin ? 'A new PIN (4 to 12 digits)' : 'A PIN (4 to 12 digits)'}
            >
              <input
                id="new-pin"
                type="password"
                inputMode="numeric"
                autoComplete="new-password"
                value={pin}
                onInput={(e) => setPin(e.currentTarget.value)}
              />
            </Field>
            <button type="submit" class="primary">
              {lock.lock?.pin ? 'Change the PIN' : 'Set the PIN'}
            </button>
          </form>
          {deviceAvailable && !lock.lock?.credentialId && (
            <button
              onClick={() =>
                void lock
                  .addDeviceUnlock('Patient')
                  .then((r) =>
                    report(
                      r.ok,
                      'This device’s unlock now opens them.',
                      r.ok ? undefined : r.message,
                    ),
                  )
              }
            >
              Also open with this device’s unlock
            </button>
          )}
          {on && (
            <button
              class="danger"
              onClick={() =>
                void lock.removeLock().then((r) => report(r.ok, 'The lock is removed.'))
              }
            >
              Remove the lock
            </button>
          )}
        </>
      )}
      <p role="status" class="small">
        {status}
      </p>
      <button class="block" onClick={goBack}>
        Back
      </button>
    </main>
  );
}
