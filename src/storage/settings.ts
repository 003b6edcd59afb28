import type { Db } from './db';
import { toStorageError } from './storage-error';

// Settings are versioned records validated on read: a record that fails validation (an old
// shape, a damaged value) falls back to the default instead of breaking the app.

/** How to read and write one setting. */
export interface SettingSpec<T> {
  key: string;
  version: number;
  fallback: T;
  /** Returns the value when valid, or undefined. */
  parse: (value: unknown, version: number) => T | undefined;
}

/** Read a setting, falling back to its default when missing or invalid. */
export async function readSetting<T>(db: Db, spec: SettingSpec<T>): Promise<T> {
  const rec = await db.get('settings', spec.key);
  if (!rec) return spec.fallback;
  return spec.parse(rec.value, rec.version) ?? spec.fallback;
}

/** Write a setting durably. */
export async function writeSetting<T>(
  db: Db,
  spec: SettingSpec<T>,
  value: T,
  now: number,
): Promise<void> {
  try {
    const tx = db.transaction('settings', 'readwrite', { durability: 'strict' });
    await Promise.all([
      tx.store.put({ key: spec.key, version: spec.version, value, updatedAt: now }),
      tx.done,
    ]);
  } catch (err) {
    throw toStorageError(err);
  }
}
