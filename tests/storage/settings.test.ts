import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_CONTACTS, type Contacts } from '../../src/domain/contacts/contacts';
import { NO_LOCK } from '../../src/domain/review/patient-lock';
import { CONTACTS, PATIENT_LOCK, PROTOCOL } from '../../src/storage/app-settings';
import { openSitwellDb, type Db } from '../../src/storage/db';
import { readSetting, writeSetting, type SettingSpec } from '../../src/storage/settings';

const T0 = Date.UTC(2026, 2, 10, 13, 0);

let db: Db;

beforeEach(async () => {
  db = await openSitwellDb(`t-${crypto.randomUUID()}`);
});

afterEach(() => {
  db.close();
});

/** Store a raw record, as an older version or a damaged write might have left it. */
async function putRaw(key: string, value: unknown, version = 1): Promise<void> {
  const tx = db.transaction('settings', 'readwrite');
  await Promise.all([tx.store.put({ key, version, value, updatedAt: T0 }), tx.done]);
}

/** A small spec of our own: a positive whole number of minutes, valid only at version 2. */
const INTERVAL: SettingSpec<number> = {
  key: 'test-interval',
  version: 2,
  fallback: 15,
  parse: (v, version) =>
    version === 2 && typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined,
};

describe('readSetting', () => {
  it('falls back when the setting was never written', async () => {
    expect(await readSetting(db, INTERVAL)).toBe(15);
    expect(await readSetting(db, CONTACTS)).toEqual(EMPTY_CONTACTS);
    expect(await readSetting(db, PROTOCOL)).toEqual({ values: {} });
  });

  it('falls back when the stored value is invalid', async () => {
    for (const bad of ['ten', -5, 2.5, null, { minutes: 10 }]) {
      await putRaw(INTERVAL.key, bad, 2);
      expect(await readSetting(db, INTERVAL)).toBe(15);
    }
  });

  it('passes the stored version to parse, so an old shape falls back', async () => {
    await putRaw(INTERVAL.key, 10, 1);
    expect(await readSetting(db, INTERVAL)).toBe(15);
    await putRaw(INTERVAL.key, 10, 2);
    expect(await readSetting(db, INTERVAL)).toBe(10);
  });

  it('falls back for damaged contacts and protocol records', async () => {
    for (const bad of ['a string', 42, null, ['911']]) {
      await putRaw(CONTACTS.key, bad);
      expect(await readSetting(db, CONTACTS)).toEqual(EMPTY_CONTACTS);
      await putRaw(PROTOCOL.key, bad);
      expect(await readSetting(db, PROTOCOL)).toEqual({ values: {} });
    }
    await putRaw(PROTOCOL.key, { values: 'not an object' });
    expect(await readSetting(db, PROTOCOL)).toEqual({ values: {} });
  });
});

describe('CONTACTS.parse', () => {
  it('keeps the known string fields and drops everything else', () => {
    const parsed = CONTACTS.parse(
      {
        emergencyNumber: '112',
        providerName: 'Dr Rivera',
        providerPhone: 5551234,
        backupName: null,
        address: ['1 Main St'],
        allergies: 'penicillin',
        extra: 'not a contact field',
      },
      1,
    );
    expect(parsed).toEqual({
      ...EMPTY_CONTACTS,
      emergencyNumber: '112',
      providerName: 'Dr Rivera',
      allergies: 'penicillin',
    });
    expect(parsed).not.toHaveProperty('extra');
  });

  it('does not share or change the empty default', () => {
    const before = { ...EMPTY_CONTACTS };
    const parsed = CONTACTS.parse({ providerName: 'Dr Rivera' }, 1);
    expect(parsed).not.toBe(EMPTY_CONTACTS);
    expect(EMPTY_CONTACTS).toEqual(before);
  });

  it('reads a stored partial record as the defaults plus its string fields', async () => {
    await putRaw(CONTACTS.key, { backupName: 'Jo', backupPhone: 7 });
    expect(await readSetting(db, CONTACTS)).toEqual({ ...EMPTY_CONTACTS, backupName: 'Jo' });
  });
});

describe('writeSetting', () => {
  it('round-trips through readSetting', async () => {
    const contacts: Contacts = {
      emergencyNumber: '911',
      providerName: 'Dr Rivera',
      providerPhone: '+1 555 0100',
      backupName: 'Jo',
      backupPhone: '+1 555 0101',
      address: '1 Main St, Springfield',
      medications: 'none',
      allergies: 'penicillin',
      emergencyConfirmedFor: '911',
    };
    await writeSetting(db, CONTACTS, contacts, T0);
    expect(await readSetting(db, CONTACTS)).toEqual(contacts);

    await writeSetting(db, INTERVAL, 20, T0);
    expect(await readSetting(db, INTERVAL)).toBe(20);

    const protocol = { values: { intervalMin: 10 }, importedAt: T0 };
    await writeSetting(db, PROTOCOL, protocol, T0);
    expect(await readSetting(db, PROTOCOL)).toEqual(protocol);
  });

  it('stores the spec version and time with the value, and a later write replaces it', async () => {
    await writeSetting(db, INTERVAL, 20, T0);
    await writeSetting(db, INTERVAL, 25, T0 + 1000);
    expect(await db.get('settings', INTERVAL.key)).toEqual({
      key: INTERVAL.key,
      version: 2,
      value: 25,
      updatedAt: T0 + 1000,
    });
    expect(await readSetting(db, INTERVAL)).toBe(25);
  });

  it('survives closing and reopening the database', async () => {
    const name = db.name;
    await writeSetting(db, CONTACTS, { ...EMPTY_CONTACTS, emergencyNumber: '999' }, T0);
    db.close();
    db = await openSitwellDb(name);
    expect((await readSetting(db, CONTACTS)).emergencyNumber).toBe('999');
  });
});

describe('PATIENT_LOCK', () => {
  it('is no lock by default, round-trips a lock, and reads a damaged one as no lock', async () => {
    expect(await readSetting(db, PATIENT_LOCK)).toEqual(NO_LOCK);
    const lock = {
      v: 1 as const,
      pin: {
        kdf: 'PBKDF2-SHA256' as const,
        salt: 'c2FsdA==',
        iterations: 600_000,
        hash: 'aGFzaA==',
      },
    };
    await writeSetting(db, PATIENT_LOCK, lock, T0);
    expect(await readSetting(db, PATIENT_LOCK)).toEqual(lock);
    await putRaw('patient-lock', { v: 1, pin: { kdf: 'PBKDF2-SHA256', salt: 1 } });
    expect(await readSetting(db, PATIENT_LOCK)).toEqual(NO_LOCK);
  });
});
