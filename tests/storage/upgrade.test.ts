import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_CONTACTS } from '../../src/domain/contacts/contacts';
import type { Entry } from '../../src/domain/log/entry';
import { type SessionRecord } from '../../src/domain/log/session';
import { verifyChain } from '../../src/domain/log/verify-chain';
import { DEFAULT_PROTOCOL } from '../../src/domain/protocol/protocol';
import { sha256Hex } from '../../src/platform/crypto';
import { CONTACTS } from '../../src/storage/app-settings';
import { DB_VERSION, openSitwellDb, type Db } from '../../src/storage/db';
import { chainEntry, EntryLog, listEntries } from '../../src/storage/entries';
import { activeSession, getSession, listSessions } from '../../src/storage/sessions';
import { readSetting, writeSetting } from '../../src/storage/settings';
import { LOG_CRYPTO } from '../fixtures/log-crypto';

// Data written by schema version 1 must open, unchanged, under the current version. The v1 schema
// is written out here as it shipped, not imported, so a later edit to the ladder cannot hide a break.

const T0 = Date.UTC(2026, 2, 10, 13, 0);

let name: string;
let db: Db | undefined;

beforeEach(() => {
  name = `t-${crypto.randomUUID()}`;
});

afterEach(() => {
  db?.close();
  db = undefined;
});

/** Create a database exactly as version 1 of the ladder did, with one session and its first entry. */
async function writeV1(session: SessionRecord, entries: Entry[]): Promise<void> {
  const v1 = await openDB(name, 1, {
    upgrade(raw) {
      raw.createObjectStore('sessions', { keyPath: 'id' });
      const store = raw.createObjectStore('entries', { keyPath: 'id' });
      store.createIndex('bySessionSeq', ['sessionId', 'seq'], { unique: true });
    },
  });
  expect(v1.version).toBe(1);
  expect([...v1.objectStoreNames].sort()).toEqual(['entries', 'sessions']);
  const tx = v1.transaction(['sessions', 'entries'], 'readwrite');
  await Promise.all([
    tx.objectStore('sessions').add(session),
    ...entries.map((e) => tx.objectStore('entries').add(e)),
    tx.done,
  ]);
  v1.close();
}

function v1Session(id: string, createdAt: number): SessionRecord {
  return {
    id,
    createdAt,
    status: 'active',
    protocol: { ...DEFAULT_PROTOCOL },
    contacts: { ...EMPTY_CONTACTS, providerName: 'Dr Rivera' },
    people: { sitterName: 'Alex', patientName: 'Sam' },
    schemaVersion: 1,
  };
}

describe('upgrade from version 1', () => {
  it('keeps sessions and entries and adds the settings store and createdAt index', async () => {
    const session = v1Session('s1', T0);
    const first = await chainEntry(
      's1',
      undefined,
      { kind: 'session-started', data: { sitterName: 'Alex', intervalMin: 15, preAlert: true } },
      T0,
      LOG_CRYPTO,
    );
    await writeV1(session, [first]);

    db = await openSitwellDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBeGreaterThanOrEqual(2);

    expect(await getSession(db, 's1')).toEqual(session);
    expect(await listEntries(db, 's1')).toEqual([first]);
    expect(await listSessions(db)).toEqual([session]);
    expect(await activeSession(db)).toEqual(session);

    expect([...db.objectStoreNames].sort()).toEqual([
      'entries',
      'keys',
      'links',
      'outbox',
      'received',
      'selfChecks',
      'sessions',
      'settings',
    ]);
    const tx = db.transaction(['sessions', 'entries']);
    const byCreatedAt = tx.objectStore('sessions').index('byCreatedAt');
    expect(byCreatedAt.keyPath).toBe('createdAt');
    const bySessionSeq = tx.objectStore('entries').index('bySessionSeq');
    expect(bySessionSeq.keyPath).toEqual(['sessionId', 'seq']);
    expect(bySessionSeq.unique).toBe(true);
    await tx.done;
  });

  it('indexes sessions written by version 1 so listSessions returns them newest first', async () => {
    // v1 had no createdAt index: the upgrade must index records that already exist.
    const older = v1Session('older', T0);
    await writeV1(older, []);
    db = await openSitwellDb(name);
    const newer = { ...v1Session('newer', T0 + 86_400_000), status: 'ended' as const };
    const tx = db.transaction('sessions', 'readwrite');
    await Promise.all([tx.store.add(newer), tx.done]);

    expect((await listSessions(db)).map((s) => s.id)).toEqual(['newer', 'older']);
  });

  it('continues a version-1 session’s chain and stores settings after the upgrade', async () => {
    const first = await chainEntry(
      's1',
      undefined,
      { kind: 'note', data: { text: 'written by v1' } },
      T0,
      LOG_CRYPTO,
    );
    await writeV1(v1Session('s1', T0), [first]);

    db = await openSitwellDb(name);
    const next = await new EntryLog(db, () => T0 + 60_000, LOG_CRYPTO).append('s1', {
      kind: 'note',
      data: { text: 'after upgrade' },
    });
    expect(next.seq).toBe(1);
    expect(next.prevHash).toBe(first.hash);
    const log = await listEntries(db, 's1');
    expect((await verifyChain(log, sha256Hex)).ok).toBe(true);

    await writeSetting(db, CONTACTS, { ...EMPTY_CONTACTS, emergencyNumber: '112' }, T0);
    expect((await readSetting(db, CONTACTS)).emergencyNumber).toBe('112');
  });

  it('opens a current-version database again without changing it', async () => {
    db = await openSitwellDb(name);
    const log = new EntryLog(db, () => T0, LOG_CRYPTO);
    const e = await log.append('s1', { kind: 'note', data: { text: 'kept' } });
    db.close();
    db = await openSitwellDb(name);
    expect(await listEntries(db, 's1')).toEqual([e]);
  });
});

/** Create a database exactly as version 2 of the ladder left it, with a setting and an ended session. */
async function writeV2(session: SessionRecord, entries: Entry[]): Promise<void> {
  const v2 = await openDB(name, 2, {
    upgrade(raw, _old, _new, tx) {
      raw.createObjectStore('sessions', { keyPath: 'id' });
      const store = raw.createObjectStore('entries', { keyPath: 'id' });
      store.createIndex('bySessionSeq', ['sessionId', 'seq'], { unique: true });
      raw.createObjectStore('settings', { keyPath: 'key' });
      tx.objectStore('sessions').createIndex('byCreatedAt', 'createdAt');
    },
  });
  const tx = v2.transaction(['sessions', 'entries', 'settings'], 'readwrite');
  await Promise.all([
    tx.objectStore('sessions').add(session),
    ...entries.map((e) => tx.objectStore('entries').add(e)),
    tx.objectStore('settings').put({
      key: 'contacts',
      version: 1,
      value: { ...EMPTY_CONTACTS, address: '1 Elm St' },
      updatedAt: T0,
    }),
    tx.done,
  ]);
  v2.close();
}

describe('upgrade from version 2', () => {
  it('keeps sessions, entries and settings and adds the keys, received and self-check stores', async () => {
    const session = { ...v1Session('s2', T0), status: 'ended' as const, schemaVersion: 2 };
    const first = await chainEntry(
      's2',
      undefined,
      { kind: 'note', data: { text: 'written by v2' } },
      T0,
      LOG_CRYPTO,
    );
    await writeV2(session, [first]);

    db = await openSitwellDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect(await getSession(db, 's2')).toEqual(session);
    expect(await listEntries(db, 's2')).toEqual([first]);
    expect((await readSetting(db, CONTACTS)).address).toBe('1 Elm St');
    expect(await db.count('keys')).toBe(0);
    expect(db.transaction('received').store.index('byReceivedAt').keyPath).toBe('receivedAt');
    expect(db.transaction('selfChecks').store.index('byAt').keyPath).toBe('at');
    // v4: one entry per action; entries from before have no action id and stay readable.
    const byAction = db.transaction('entries').store.index('byAction');
    expect(byAction.keyPath).toEqual(['sessionId', 'actionId']);
    expect(byAction.unique).toBe(true);
    expect(await byAction.count()).toBe(0);
  });
});

/** Create a database exactly as version 4 of the ladder left it, with a running session. */
async function writeV4(session: SessionRecord, entries: Entry[]): Promise<void> {
  const v4 = await openDB(name, 4, {
    upgrade(raw, _old, _new, tx) {
      raw.createObjectStore('sessions', { keyPath: 'id' });
      const store = raw.createObjectStore('entries', { keyPath: 'id' });
      store.createIndex('bySessionSeq', ['sessionId', 'seq'], { unique: true });
      raw.createObjectStore('settings', { keyPath: 'key' });
      tx.objectStore('sessions').createIndex('byCreatedAt', 'createdAt');
      raw.createObjectStore('keys', { keyPath: 'id' });
      raw
        .createObjectStore('received', { keyPath: 'id' })
        .createIndex('byReceivedAt', 'receivedAt');
      raw.createObjectStore('selfChecks', { keyPath: 'id' }).createIndex('byAt', 'at');
      store.createIndex('byAction', ['sessionId', 'actionId'], { unique: true });
    },
  });
  const tx = v4.transaction(['sessions', 'entries'], 'readwrite');
  await Promise.all([
    tx.objectStore('sessions').add(session),
    ...entries.map((e) => tx.objectStore('entries').add(e)),
    tx.done,
  ]);
  v4.close();
}

describe('upgrade from version 4', () => {
  it('keeps a running session going and adds the live outbox and links', async () => {
    const session = { ...v1Session('s4', T0), schemaVersion: 4 };
    const first = await chainEntry(
      's4',
      undefined,
      { kind: 'session-started', data: { sitterName: 'Alex', intervalMin: 15, preAlert: true } },
      T0,
      LOG_CRYPTO,
    );
    await writeV4(session, [first]);

    db = await openSitwellDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect(await activeSession(db)).toEqual(session);
    expect(await db.count('outbox')).toBe(0);
    expect(await db.count('links')).toBe(0);
    const log = new EntryLog(db, () => T0 + 60_000, LOG_CRYPTO);
    log.setLive('s4', true);
    await log.append('s4', { kind: 'note', data: { text: 'after the upgrade' } });
    expect((await db.getAll('outbox')).map((r) => [r.sessionId, r.seq])).toEqual([['s4', 1]]);
    expect(await verifyChain(await listEntries(db, 's4'), sha256Hex)).toMatchObject({ ok: true });
  });
});
