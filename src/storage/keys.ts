import type { Db, KeyRecord } from './db';
import { toStorageError } from './storage-error';

// This device's signing key, kept as a non-extractable CryptoKey in the `keys` store. Created at
// first use; every export signs with it, and its fingerprint identifies the device.

/** The id of the device's export-signing key pair. */
export const DEVICE_SIGNING_KEY = 'device-signing';

/**
 * The device's signing key, created with `generate` at first use. Safe under concurrent first
 * calls (other tabs included): the key is generated outside any transaction (awaiting WebCrypto
 * would end it), then one readwrite transaction adds it only if no key is there yet, so every
 * caller ends up with the one key that was stored first.
 */
export async function deviceSigningKey(
  db: Db,
  generate: () => Promise<CryptoKeyPair>,
  now: number,
): Promise<KeyRecord> {
  try {
    const existing = await db.get('keys', DEVICE_SIGNING_KEY);
    if (existing) return existing;
    const { privateKey, publicKey } = await generate();
    const fresh: KeyRecord = { id: DEVICE_SIGNING_KEY, privateKey, publicKey, createdAt: now };
    const tx = db.transaction('keys', 'readwrite', { durability: 'strict' });
    const stored = await tx.store.get(DEVICE_SIGNING_KEY);
    // `add`, never `put`: a key that is there already is never replaced.
    if (!stored) await tx.store.add(fresh);
    await tx.done;
    return stored ?? fresh;
  } catch (err) {
    throw toStorageError(err);
  }
}

/** The device's signing key if one was made, without creating it (e.g. for Settings). */
export async function findDeviceSigningKey(db: Db): Promise<KeyRecord | undefined> {
  try {
    return await db.get('keys', DEVICE_SIGNING_KEY);
  } catch (err) {
    throw toStorageError(err);
  }
}
