import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_CONTACTS } from '../../src/domain/contacts/contacts';
import type { Entry } from '../../src/domain/log/entry';
import { type SessionRecord } from '../../src/domain/log/session';
import { verifyChain } from '../../src/domain/log/verify-chain';
import { DEFAULT_PROTOCOL } from '../../src/domain/protocol/protocol';
import { sha256Hex } from '../../src/platform/crypto';
import { SessionStore } from '../../src/state/session-store';
import { openSitwellDb, type Db } from '../../src/storage/db';
import { EntryLog, listEntries } from '../../src/storage/entries';
import { getSession } from '../../src/storage/sessions';
import { StorageError, toStorageError } from '../../src/storage/storage-error';
import { LOG_CRYPTO } from '../fixtures/log-crypto';

// Storage failures must reach the user and must never drop or reorder an entry. The fault is
// injected at IDBObjectStore#add on the entries store, in one of two ways:
//  - 'commit': the add succeeds, then the transaction aborts with QuotaExceededError, which is how
//    a full disk shows up in browsers (at commit, on the transaction, not on the request);
//  - 'throw': add throws QuotaExceededError synchronously.

const T0 = Date.UTC(2026, 2, 10, 13, 0);
const realAdd = IDBObjectStore.prototype.add;

let db: Db;
let now: number;
const clock = () => now;
/** How many further entry writes fail; Infinity while the "disk" stays full. */
let faults: number;
let faultMode: 'commit' | 'throw';

const quota = () => new DOMException('full', 'QuotaExceededError');

beforeEach(async () => {
  db = await openSitwellDb(`t-${crypto.randomUUID()}`);
  now = T0;
  faults = 0;
  faultMode = 'commit';
  vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
    this: IDBObjectStore,
    value: unknown,
    key?: IDBValidKey,
  ) {
    if (this.name !== 'entries' || faults <= 0) return realAdd.call(this, value, key);
    faults--;
    if (faultMode === 'throw') throw quota();
    const req = realAdd.call(this, value, key);
    const tx = this.transaction;
    req.addEventListener('success', () => {
      (tx as { error: DOMException | null }).error = quota();
      tx.abort();
    });
    return req;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

const texts = (entries: readonly Entry[]) =>
  entries.map((e) => (e.kind === 'note' ? (e.data as { text: string }).text : e.kind));

describe('EntryLog under a full disk', () => {
  for (const mode of ['commit', 'throw'] as const) {
    it(`rejects with a quota StorageError that mentions storage space (${mode})`, async () => {
      faultMode = mode;
      const log = new EntryLog(db, clock, LOG_CRYPTO);
      await log.append('s1', { kind: 'note', data: { text: 'saved' } });
      faults = 1;
      const err = await log
        .append('s1', { kind: 'note', data: { text: 'refused' } })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StorageError);
      expect(err).toMatchObject({ kind: 'quota' });
      expect((err as StorageError).message).toMatch(/storage space/i);
      expect((err as StorageError).cause).toMatchObject({ name: 'QuotaExceededError' });
      expect(texts(await listEntries(db, 's1'))).toEqual(['saved']);

      // The refused entry took no place in the log: the next one follows on without a gap.
      const next = await log.append('s1', { kind: 'note', data: { text: 'after' } });
      expect(next.seq).toBe(1);
      const stored = await listEntries(db, 's1');
      expect(texts(stored)).toEqual(['saved', 'after']);
      expect((await verifyChain(stored, sha256Hex)).ok).toBe(true);
    });
  }

  it('lets the appends queued behind a failed one carry on, in order', async () => {
    const log = new EntryLog(db, clock, LOG_CRYPTO);
    faults = 1;
    const results = await Promise.allSettled([
      log.append('s1', { kind: 'note', data: { text: 'a' } }),
      log.append('s1', { kind: 'note', data: { text: 'b' } }),
      log.append('s1', { kind: 'note', data: { text: 'c' } }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
    const stored = await listEntries(db, 's1');
    expect(texts(stored)).toEqual(['b', 'c']);
    expect((await verifyChain(stored, sha256Hex)).ok).toBe(true);
  });
});

describe('toStorageError', () => {
  it.each([
    ['QuotaExceededError', 'quota'],
    ['AbortError', 'aborted'],
    ['TransactionInactiveError', 'aborted'],
    ['ConstraintError', 'conflict'],
    ['InvalidStateError', 'unavailable'],
    ['UnknownError', 'unavailable'],
    ['SecurityError', 'unavailable'],
    ['DataCloneError', 'unknown'],
  ])('maps a DOMException named %s to %s', (name, kind) => {
    const cause = new DOMException('x', name);
    const err = toStorageError(cause);
    expect(err).toBeInstanceOf(StorageError);
    expect(err.kind).toBe(kind);
    expect(err.cause).toBe(cause);
    expect(err.message.length).toBeGreaterThan(10);
  });

  it('maps plain errors and non-errors to unknown, and keeps a StorageError as it is', () => {
    expect(toStorageError(new Error('boom')).kind).toBe('unknown');
    expect(toStorageError('a string').kind).toBe('unknown');
    expect(toStorageError(undefined).kind).toBe('unknown');
    const named = Object.assign(new Error('x'), { name: 'AbortError' });
    expect(toStorageError(named).kind).toBe('aborted');
    const existing = new StorageError('conflict', 'already classified');
    expect(toStorageError(existing)).toBe(existing);
  });
});

function sessionRecord(id: string): SessionRecord {
  return {
    id,
    createdAt: T0,
    status: 'active',
    protocol: { ...DEFAULT_PROTOCOL },
    contacts: { ...EMPTY_CONTACTS },
    people: { sitterName: 'Alex' },
    schemaVersion: 1,
  };
}

async function startedStore(id = 's1'): Promise<SessionStore> {
  const store = new SessionStore(db, clock, LOG_CRYPTO);
  await store.start(sessionRecord(id), [
    { kind: 'session-started', data: { sitterName: 'Alex', intervalMin: 15, preAlert: true } },
  ]);
  return store;
}

/** The stored log, checked to be a valid chain. */
async function storedLog(id = 's1'): Promise<Entry[]> {
  const stored = await listEntries(db, id);
  expect(await verifyChain(stored, sha256Hex)).toMatchObject({ ok: true, count: stored.length });
  return stored;
}

describe('SessionStore under a full disk', () => {
  it('keeps a failed entry pending with its error, queues later ones behind it, and saves all on retry', async () => {
    const store = await startedStore();
    faults = Number.POSITIVE_INFINITY;

    now = T0 + 60_000;
    expect(await store.append({ kind: 'note', data: { text: 'a' } })).toBe(false);
    const pending = store.snapshot.pending;
    expect(pending).toHaveLength(1);
    expect(pending[0]!.input).toEqual({
      kind: 'note',
      data: { text: 'a' },
      at: T0 + 60_000,
      actionId: expect.any(String),
    });
    expect(pending[0]!.error).toBeInstanceOf(StorageError);
    expect(pending[0]!.error.kind).toBe('quota');
    expect(pending[0]!.error.message).toMatch(/storage space/i);

    now = T0 + 120_000;
    expect(await store.append({ kind: 'note', data: { text: 'b' } })).toBe(false);
    expect(store.snapshot.pending.map((p) => p.input.data)).toEqual([{ text: 'a' }, { text: 'b' }]);
    expect(store.snapshot.pending[1]!.error.kind).toBe('quota');
    expect(texts(store.snapshot.entries)).toEqual(['session-started']);
    expect(texts(await storedLog())).toEqual(['session-started']);

    // Still full: retry fails, keeps everything, reports the fresh error.
    expect(await store.retryPending()).toBe(false);
    expect(store.snapshot.pending).toHaveLength(2);
    expect(store.snapshot.pending[0]!.error.kind).toBe('quota');

    faults = 0;
    now = T0 + 600_000;
    expect(await store.retryPending()).toBe(true);
    expect(store.snapshot.pending).toEqual([]);
    const stored = await storedLog();
    expect(texts(stored)).toEqual(['session-started', 'a', 'b']);
    // Each entry keeps the time the sitter made it, not the time it was finally saved.
    expect(stored.map((e) => e.at)).toEqual([T0, T0 + 60_000, T0 + 120_000]);
    expect(store.snapshot.entries).toEqual(stored);
  });

  it('does not write a later entry ahead of a pending one, even when storage would take it', async () => {
    const store = await startedStore();
    faults = 1;
    expect(await store.append({ kind: 'note', data: { text: 'a' } })).toBe(false);
    expect(await store.append({ kind: 'note', data: { text: 'b' } })).toBe(false);
    expect(texts(await storedLog())).toEqual(['session-started']);

    expect(await store.retryPending()).toBe(true);
    expect(texts(await storedLog())).toEqual(['session-started', 'a', 'b']);
  });

  it('keeps the order of appends made at the same moment when the first one fails', async () => {
    // The UI fires appends without awaiting them (app-visible, check-in-missed, alarm-raised).
    const store = await startedStore();
    faults = 1;
    const results = await Promise.all([
      store.append({ kind: 'note', data: { text: 'a' } }),
      store.append({ kind: 'note', data: { text: 'b' } }),
    ]);
    expect(results).toEqual([false, false]);
    expect(texts(await storedLog())).toEqual(['session-started']);
    expect(store.snapshot.pending.map((p) => p.input.data)).toEqual([{ text: 'a' }, { text: 'b' }]);

    expect(await store.retryPending()).toBe(true);
    expect(texts(await storedLog())).toEqual(['session-started', 'a', 'b']);
  });

  it('loses nothing appended while a retry is under way', async () => {
    const store = await startedStore();
    faults = Number.POSITIVE_INFINITY;
    expect(await store.append({ kind: 'note', data: { text: 'a' } })).toBe(false);
    faults = 0;

    const retry = store.retryPending();
    const during = store.append({ kind: 'note', data: { text: 'b' } });
    await Promise.all([retry, during]);
    // Whatever `during` reported, b must be saved or still pending; here storage works, so saved.
    expect(await store.retryPending()).toBe(true);
    expect(store.snapshot.pending).toEqual([]);
    expect(texts(await storedLog())).toEqual(['session-started', 'a', 'b']);
    expect(texts(store.snapshot.entries)).toEqual(['session-started', 'a', 'b']);
  });

  it('does not save an entry twice when Retry is tapped twice', async () => {
    const store = await startedStore();
    faults = Number.POSITIVE_INFINITY;
    expect(await store.append({ kind: 'note', data: { text: 'a' } })).toBe(false);
    faults = 0;
    await Promise.all([store.retryPending(), store.retryPending()]);
    expect(texts(await storedLog())).toEqual(['session-started', 'a']);
    expect(texts(store.snapshot.entries)).toEqual(['session-started', 'a']);
  });

  it('will not end the session while an entry cannot be saved, and ends it once it can', async () => {
    const store = await startedStore();
    faults = Number.POSITIVE_INFINITY;
    expect(await store.append({ kind: 'note', data: { text: 'a' } })).toBe(false);
    expect(await store.end({ reason: 'done' })).toBe(false);
    expect(store.snapshot.session?.id).toBe('s1');
    expect((await getSession(db, 's1'))?.status).toBe('active');

    faults = 0;
    expect(await store.end({ reason: 'done' })).toBe(true);
    expect(store.snapshot.session).toBeUndefined();
    expect(texts(await storedLog())).toEqual(['session-started', 'a', 'session-ended']);
    expect((await getSession(db, 's1'))?.status).toBe('ended');
  });
});

describe('SessionStore.load', () => {
  it('resumes the active session with its entries', async () => {
    const first = await startedStore();
    await first.append({ kind: 'note', data: { text: 'a' } });
    await first.append({ kind: 'note', data: { text: 'b' } });

    // A reload: a new store on the same database.
    const store = new SessionStore(db, clock, LOG_CRYPTO);
    expect(store.snapshot.loaded).toBe(false);
    await store.load();
    const snap = store.snapshot;
    expect(snap.loaded).toBe(true);
    expect(snap.loadError).toBeUndefined();
    expect(snap.resumed).toBe(true);
    expect(snap.session).toEqual(sessionRecord('s1'));
    expect(snap.entries).toEqual(first.snapshot.entries);
    expect(texts(snap.entries)).toEqual(['session-started', 'a', 'b']);

    // And carries on the same chain.
    expect(await store.append({ kind: 'note', data: { text: 'c' } })).toBe(true);
    expect(texts(await storedLog())).toEqual(['session-started', 'a', 'b', 'c']);
  });

  it('finishes ending a session whose last entry is session-ended but whose record is still active', async () => {
    await startedStore();
    // The app stopped between writing `session-ended` and marking the record.
    await new EntryLog(db, clock, LOG_CRYPTO).append('s1', {
      kind: 'session-ended',
      data: { reason: 'done' },
    });
    expect((await getSession(db, 's1'))?.status).toBe('active');

    const store = new SessionStore(db, clock, LOG_CRYPTO);
    await store.load();
    expect(store.snapshot).toMatchObject({
      loaded: true,
      session: undefined,
      entries: [],
      resumed: false,
    });
    expect((await getSession(db, 's1'))?.status).toBe('ended');
  });

  it('loads nothing when no session is active', async () => {
    const store = new SessionStore(db, clock, LOG_CRYPTO);
    await store.load();
    expect(store.snapshot).toMatchObject({
      loaded: true,
      session: undefined,
      entries: [],
      pending: [],
      resumed: false,
    });
  });

  it('reports a storage failure on load instead of throwing', async () => {
    db.close();
    const store = new SessionStore(db, clock, LOG_CRYPTO);
    await store.load();
    expect(store.snapshot.loaded).toBe(true);
    expect(store.snapshot.loadError).toBeInstanceOf(StorageError);
    expect(store.snapshot.loadError?.kind).toBe('unavailable');
  });
});
