import { useEffect, useState } from 'preact/hooks';
import { toBase64Url } from '../domain/parse/base64';
import { clinicFingerprint } from '../domain/relay/clinic-key';
import { generateKeyPair, serializePublicKey } from '../lib/hpke';
import { registerClinic, type ClinicCredentials } from '../platform/clinic-api';
import { now } from '../platform/clock';
import { sha256Hex } from '../platform/crypto';
import { CLINIC_DEVICE, type ClinicDevice } from '../storage/clinic-settings';
import { findClinicKey, keepClinicKey } from '../storage/clinic-key';
import type { Db, KeyRecord } from '../storage/db';
import { toStorageError } from '../storage/storage-error';
import { useServices } from './services';
import { readSetting, writeSetting } from '../storage/settings';

// Setting up the clinic console on this device: make the clinic's key pair (the private half
// never leaves IndexedDB, and cannot be read out of it), open the clinic on the relay with the
// set-up code, keep the ids and the device token, and show the key's fingerprint.

/** The console on this device: its registration and key, once both are there. */
export interface ClinicConsole {
  device: ClinicDevice;
  key: KeyRecord;
}

/** The credentials part of a registration. */
export const credentialsOf = (d: ClinicDevice): ClinicCredentials => ({
  clinicId: d.clinicId,
  deviceId: d.deviceId,
  deviceToken: d.deviceToken,
});

/** Set-up's outcome. */
export type SetUpResult = { ok: true; console: ClinicConsole } | { ok: false; message: string };

/**
 * Opens the clinic. A key pair kept by an earlier try that the relay refused is used again, so
 * a retry never leaves two keys behind; a device already set up is never set up twice.
 */
export async function setUpClinic(
  db: Db,
  input: { name: string; setupCode: string },
): Promise<SetUpResult> {
  const name = input.name.trim();
  if (!name) return { ok: false, message: 'Clinic name: write the name sitters will see.' };
  if (!input.setupCode.trim())
    return { ok: false, message: 'Set-up code: paste the code the relay printed at its start.' };
  try {
    if (await readSetting(db, CLINIC_DEVICE))
      return { ok: false, message: 'This device is already set up for a clinic.' };
    const key =
      (await findClinicKey(db)) ?? (await keepClinicKey(db, await generateKeyPair(), now()));
    const publicKey = toBase64Url(await serializePublicKey(key.publicKey));
    const answer = await registerClinic(input.setupCode, {
      name,
      publicKey,
      deviceLabel: 'First clinic device',
    });
    if (!answer.ok) return { ok: false, message: answer.message };
    const { clinicId, deviceId, deviceToken } = answer.body;
    const fingerprint = await clinicFingerprint(publicKey, sha256Hex);
    const device: ClinicDevice = {
      clinicId,
      deviceId,
      deviceToken,
      name,
      publicKey,
      fingerprint,
      registeredAt: now(),
    };
    await writeSetting(db, CLINIC_DEVICE, device, now());
    return { ok: true, console: { device, key } };
  } catch (err) {
    return { ok: false, message: toStorageError(err).message };
  }
}

/** The console as stored: undefined while loading, null when this device is not set up. */
export async function loadClinicConsole(db: Db): Promise<ClinicConsole | null> {
  const device = await readSetting(db, CLINIC_DEVICE);
  if (!device) return null;
  const key = await findClinicKey(db);
  return key ? { device, key } : null;
}

/** The console of this device, and `setUp` for one that has none yet. */
export function useClinicConsole() {
  const { db } = useServices();
  const [value, setValue] = useState<ClinicConsole | null>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let live = true;
    loadClinicConsole(db).then(
      (c) => live && setValue(c),
      (err: unknown) => live && setError(toStorageError(err).message),
    );
    return () => {
      live = false;
    };
  }, [db]);
  const setUp = async (input: { name: string; setupCode: string }) => {
    const result = await setUpClinic(db, input);
    if (result.ok) setValue(result.console);
    return result;
  };
  return { console: value, error, setUp };
}
