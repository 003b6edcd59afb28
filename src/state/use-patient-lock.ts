import {
  isAcceptablePin,
  isLocked,
  NO_LOCK,
  type PatientLock,
} from '../domain/review/patient-lock';
import { writable } from '../lib/observable';
import { useObservable } from '../lib/use-observable';
import { registerDeviceUnlock, verifyDeviceUnlock } from '../platform/device-unlock';
import { createPinSecret, verifyPin } from '../platform/patient-lock';
import { useSetting, type SaveResult } from './use-setting';

// The optional privacy curtain over the patient's own screens on a shared phone. It never covers
// the sitter's session screens or alarms. Unlocked for this tab until "Lock again", a reload, or
// Sitwell leaving the screen (a phone handed back is locked again).

const unlocked = writable(false);
if (typeof document !== 'undefined') {
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') unlocked.set(false);
  });
}

/** The lock as the patient's screens need it. */
export interface PatientLockState {
  /** Undefined while the setting loads. */
  lock: PatientLock | undefined;
  /** The patient's screens are hidden now (a lock is set and not opened in this tab). */
  locked: boolean;
  /** A PIN or device unlock is set, so "Lock again" means something. */
  hasLock: boolean;
  unlockWithPin: (pin: string) => Promise<boolean>;
  unlockWithDevice: () => Promise<boolean>;
  lockAgain: () => void;
  setPin: (pin: string) => Promise<SaveResult>;
  addDeviceUnlock: (name: string) => Promise<SaveResult>;
  removeLock: () => Promise<SaveResult>;
}

/** The patient lock: whether the patient's screens are locked, and how to open or change it. */
export function usePatientLock(): PatientLockState {
  const setting = useSetting('patientLock');
  const open = useObservable(unlocked);
  const lock = setting.value;
  const save = (next: PatientLock) => setting.save(next);
  return {
    lock,
    locked: lock === undefined ? true : isLocked(lock) && !open,
    hasLock: lock !== undefined && isLocked(lock),
    async unlockWithPin(pin) {
      const ok = !!lock?.pin && (await verifyPin(pin, lock.pin));
      if (ok) unlocked.set(true);
      return ok;
    },
    async unlockWithDevice() {
      const ok = !!lock?.credentialId && (await verifyDeviceUnlock(lock.credentialId));
      if (ok) unlocked.set(true);
      return ok;
    },
    lockAgain: () => unlocked.set(false),
    async setPin(pin) {
      if (!isAcceptablePin(pin)) return { ok: false, message: 'A PIN is 4 to 12 digits.' };
      const result = await save({ ...(lock ?? NO_LOCK), pin: await createPinSecret(pin) });
      if (result.ok) unlocked.set(true);
      return result;
    },
    async addDeviceUnlock(name) {
      const id = await registerDeviceUnlock(name);
      if (!id)
        return {
          ok: false,
          message: 'The device unlock was not set up (cancelled or not available).',
        };
      const result = await save({ ...(lock ?? NO_LOCK), credentialId: id });
      if (result.ok) unlocked.set(true);
      return result;
    },
    async removeLock() {
      const result = await save(NO_LOCK);
      if (result.ok) unlocked.set(false);
      return result;
    },
  };
}

/** The LockGate's props from the lock state. */
export function lockGateProps(s: PatientLockState) {
  return {
    locked: s.locked,
    hasPin: s.lock?.pin !== undefined,
    hasDevice: s.lock?.credentialId !== undefined,
    onPin: s.unlockWithPin,
    onDevice: s.unlockWithDevice,
  };
}
