import { useEffect, useState } from 'preact/hooks';
import { now } from '../platform/clock';
import { generateSigningKeyPair, keyFingerprint } from '../platform/signing';
import type { Db } from '../storage/db';
import { deviceSigningKey } from '../storage/keys';
import { useServices } from './services';

// The device's signing key as Settings shows it: its short fingerprint, to read out over the
// phone and compare with the one printed on an exported PDF. The key is made at first use.

/**
 * The fingerprint of this device's signing key ("AB12-CD34-EF56-7890"), making the key if need be.
 */
export async function deviceKeyFingerprint(db: Db, at: number): Promise<string> {
  const key = await deviceSigningKey(db, generateSigningKeyPair, at);
  return keyFingerprint(key.publicKey);
}

/** The device key's fingerprint: undefined while loading; `error` says why there is none. */
export function useDeviceKeyFingerprint(): {
  fingerprint: string | undefined;
  error: string | undefined;
} {
  const { db } = useServices();
  const [fingerprint, setFingerprint] = useState<string>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let live = true;
    deviceKeyFingerprint(db, now()).then(
      (f) => live && setFingerprint(f),
      () => live && setError('This device’s signing key could not be read or made.'),
    );
    return () => {
      live = false;
    };
  }, [db]);
  return { fingerprint, error };
}
