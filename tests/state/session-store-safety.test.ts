import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_CONTACTS } from '../../src/domain/contacts/contacts';
import type { Entry } from '../../src/domain/log/entry';
import type { SessionRecord } from '../../src/domain/log/session';
import { verifyChain } from '../../src/domain/log/verify-chain';
import { DEFAULT_PROTOCOL } from '../../src/domain/protocol/protocol';
import { sha256Hex } from '../../src/platform/crypto';
import { SessionStore } from '../../src/state/session-store';
import { openSitwellDb, type Db } from '../../src/storage/db';
import { EntryLog, listEntries } from '../../src/storage/entries';
import { claimWriter } from '../../src/storage/writer';
import { LOG_CRYPTO } from '../fixtures/log-crypto';

// Three ways a log used to gain or lose entries: a double tap wrote twice, a tab that had lost
// its place kept writing, and an entry the disk refused vanished on reload.

const T0 = Date.UTC(2026, 2, 10, 13, 0);
const realAdd = IDBObjectStore.prototype.add;

let db: Db;
let now: number;
const clock = () => now;
let diskFull: boolean;
let local: Map<string, string>;

beforeEach(async () => {
  db = await openSitwellDb(`t-${crypto.randomUUID()}`);
  now = T0;
  diskFull = false;
  local = new Map();
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => local.get(k) ?? null,
    setItem: (k: string, v: string) => void local.set(k, v),
    removeItem: (k: string) => void local.delete(k),
  });
  vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
    this: IDBObjectStore,
    value: unknown,
    key?: IDBValidKey,
  ) {
    if (this.name === 'entries' && diskFull) throw new DOMException('full', 'QuotaExceededError');
    return realAdd.call(this, value, key);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  db.close();
});

const session: SessionRecord = {
  id: 's1',
  createdAt: T0,
  status: 'active',
  protocol: { ...DEFAULT_PROTOCOL },
  contacts: { ...EMPTY_CONTACTS },
  people: { sitterName: 'Alex' },
  schemaVersion: 1,
};

async function startedStore(store = new SessionStore(db, clock, LOG_CRYPTO)) {
  await store.start(session, [
    { kind: 'session-started', data: { sitterName: 'Alex', intervalMin: 15, preAlert: true } },
  ]);
  return store;
}

const kinds = (entries: readonly Entry[]) => entries.map((e) => e.kind);

async function storedLog(): Promise<Entry[]> {
  const stored = await listEntries(db, 's1');
  expect(await verifyChain(stored, sha256Hex)).toMatchObject({ ok: true, count: stored.length });
  return stored;
}

const checkIn = { kind: 'check-in', data: { observation: { breathing: 'normal' } } } as const;

describe('one action, one entry', () => {
  it('writes a double tap once: both taps are told it is saved', async () => {
    const store = await startedStore();
    const taps = [
      store.append({ ...checkIn, actionId: 'check-in-form-1' }),
      store.append({ ...checkIn, actionId: 'check-in-form-1' }),
    ];
    expect(await Promise.all(taps)).toEqual([true, true]);
    expect(kinds(await storedLog())).toEqual(['session-started', 'check-in']);
    expect(kinds(store.snapshot.entries)).toEqual(['session-started', 'check-in']);
  });

  it('refuses the same action from a second writer (another tab, a reload) in the database', async () => {
    const store = await startedStore();
    await store.append({ ...checkIn, actionId: 'missed:123' });
    const other = new EntryLog(db, clock, LOG_CRYPTO);
    const again = await other.append('s1', { ...checkIn, actionId: 'missed:123' });
    const stored = await storedLog();
    expect(kinds(stored)).toEqual(['session-started', 'check-in']);
    expect(again.id).toBe(stored[1]!.id);
    // A different action is still written.
    await other.append('s1', { ...checkIn, actionId: 'missed:124' });
    expect(kinds(await storedLog())).toHaveLength(3);
  });

  it('gives every entry an action id, so a retry of a saved entry cannot duplicate it', async () => {
    const store = await startedStore();
    await store.append({ kind: 'note', data: { text: 'a' } });
    expect((await storedLog())[1]!.actionId).toMatch(/\S/);
  });
});

describe('only the tab that holds the lock writes', () => {
  it('refuses every write from a tab after another tab claimed the log', async () => {
    const fenceA = await claimWriter(db, 'tab-a', T0);
    const tabA = await startedStore(new SessionStore(db, clock, LOG_CRYPTO, fenceA));
    expect(await tabA.append({ kind: 'note', data: { text: 'before' } })).toBe(true);

    await claimWriter(db, 'tab-b', T0 + 1);
    expect(await tabA.append({ kind: 'note', data: { text: 'after' } })).toBe(false);
    expect(tabA.snapshot.pending[0]!.error.kind).toBe('not-owner');
    expect(tabA.snapshot.pending[0]!.error.message).toMatch(/another tab/i);
    expect(kinds(await storedLog())).toEqual(['session-started', 'note']);
    // Nothing of the old tab's is handed to the next load.
    expect(local.size).toBe(0);

    const tabB = new SessionStore(db, clock, LOG_CRYPTO, { token: 'tab-b', active: true });
    await tabB.load();
    expect(await tabB.append({ kind: 'note', data: { text: 'from b' } })).toBe(true);
    expect(kinds(await storedLog())).toEqual(['session-started', 'note', 'note']);
  });
});

describe('unsaved entries survive a reload', () => {
  it('keeps a refused entry outside IndexedDB and restores it into Retry on the next load', async () => {
    const store = await startedStore();
    diskFull = true;
    now = T0 + 60_000;
    expect(await store.append({ kind: 'note', data: { text: 'kept' } })).toBe(false);
    expect(local.size).toBe(1);

    // Reload with the disk still full: the entry is back, waiting for Retry, with its time.
    const reloaded = new SessionStore(db, clock, LOG_CRYPTO);
    await reloaded.load();
    await reloaded.retryPending();
    expect(reloaded.snapshot.pending.map((p) => p.input.data)).toEqual([{ text: 'kept' }]);
    expect(reloaded.snapshot.pending[0]!.input.at).toBe(T0 + 60_000);

    // Room again: Retry saves it once, and the copy is gone.
    diskFull = false;
    expect(await reloaded.retryPending()).toBe(true);
    const stored = await storedLog();
    expect(kinds(stored)).toEqual(['session-started', 'note']);
    expect(stored[1]!.at).toBe(T0 + 60_000);
    expect(local.size).toBe(0);

    // A third load finds nothing to restore.
    const third = new SessionStore(db, clock, LOG_CRYPTO);
    await third.load();
    expect(third.snapshot.pending).toEqual([]);
  });

  it('does not write a restored entry twice when it had in fact been stored', async () => {
    const store = await startedStore();
    await store.append({ kind: 'note', data: { text: 'stored' }, actionId: 'note-1' });
    local.set(
      'sitwell:pending-entries',
      JSON.stringify({
        sessionId: 's1',
        items: [
          {
            input: { kind: 'note', data: { text: 'stored' }, at: T0, actionId: 'note-1' },
            errorKind: 'quota',
          },
        ],
      }),
    );
    const reloaded = new SessionStore(db, clock, LOG_CRYPTO);
    await reloaded.load();
    // Recognised by its action id at load: no Retry banner, no second entry, no copy left.
    expect(reloaded.snapshot.pending).toEqual([]);
    expect(local.size).toBe(0);
    expect(await reloaded.retryPending()).toBe(true);
    expect(kinds(await storedLog())).toEqual(['session-started', 'note']);
    expect(kinds(reloaded.snapshot.entries)).toEqual(['session-started', 'note']);
  });

  it('saves a copy left by a page whose write was refused as it went away, before new entries', async () => {
    // WebKit refuses the "hidden" write begun while a reload replaces the page; the copy is all
    // that is left of it. Storage works again on the next page.
    const store = await startedStore();
    const refused = vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementationOnce(() => {
      throw new DOMException('closing', 'InvalidStateError');
    });
    now = T0 + 60_000;
    expect(await store.append({ kind: 'app-hidden', data: {} })).toBe(false);
    expect(store.snapshot.pending[0]!.error.kind).toBe('unavailable');
    refused.mockRestore();

    now = T0 + 61_000;
    const reloaded = new SessionStore(db, clock, LOG_CRYPTO);
    await reloaded.load();
    expect(reloaded.snapshot.pending).toEqual([]);
    expect(local.size).toBe(0);
    expect(await reloaded.append({ kind: 'app-visible', data: { hiddenMs: 1000 } })).toBe(true);
    const stored = await storedLog();
    expect(kinds(stored)).toEqual(['session-started', 'app-hidden', 'app-visible']);
    expect(stored[1]!.at).toBe(T0 + 60_000);
    expect(kinds(reloaded.snapshot.entries)).toEqual(kinds(stored));
  });

  it('ignores a damaged copy rather than failing to load', async () => {
    await startedStore();
    local.set('sitwell:pending-entries', '{not json');
    const reloaded = new SessionStore(db, clock, LOG_CRYPTO);
    await reloaded.load();
    expect(reloaded.snapshot.loadError).toBeUndefined();
    expect(reloaded.snapshot.pending).toEqual([]);
  });
});
