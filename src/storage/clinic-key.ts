import type { Db, KeyRecord } from './db';
import { toStorageError } from './storage-error';

// The clinic's HPKE key pair on a clinic device: the private key is a non-extractable CryptoKey
// in the `keys` store, so no script (ours included) can read it out; it can only open events.

/** The id of the clinic's key pair in the `keys` store. */
export const CLINIC_HPKE_KEY = 'clinic-hpke';

/** The clinic key if this device has one. */
export async function findClinicKey(db: Db): Promise<KeyRecord | undefined> {
  try {
    return await db.get('keys', CLINIC_HPKE_KEY);
  } catch (err) {
    throw toStorageError(err);
  }
}

/**
 * Keeps a new clinic key pair unless one is there already (never replaced: events sealed to the
 * old key could no longer be read); returns the key that is kept.
 */
export async function keepClinicKey(db: Db, pair: CryptoKeyPair, now: number): Promise<KeyRecord> {
  try {
    const fresh: KeyRecord = { id: CLINIC_HPKE_KEY, ...pair, createdAt: now };
    const tx = db.transaction('keys', 'readwrite', { durability: 'strict' });
    const stored = await tx.store.get(CLINIC_HPKE_KEY);
    if (!stored) await tx.store.add(fresh);
    await tx.done;
    return stored ?? fresh;
  } catch (err) {
    throw toStorageError(err);
  }
}
