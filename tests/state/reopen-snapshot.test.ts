import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_CONTACTS } from '../../src/domain/contacts/contacts';
import type { SessionRecord } from '../../src/domain/log/session';
import { DEFAULT_PROTOCOL } from '../../src/domain/protocol/protocol';
import type { ShellSnapshot } from '../../src/platform/session-shell';
import { setCallNumber, SnapshotKeepingStore } from '../../src/state/use-reopen-snapshot';
import { openSitwellDb, type Db } from '../../src/storage/db';
import { LOG_CRYPTO } from '../fixtures/log-crypto';

// The session shell's snapshot is true to the log or absent: removed as a write that could change
// the countdown begins, written again from what was saved once every write has settled.

const realAdd = IDBObjectStore.prototype.add;
let db: Db;
let diskFull: boolean;
let local: Map<string, string>;

beforeEach(async () => {
  db = await openSitwellDb(`t-${crypto.randomUUID()}`);
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

const stored = (): ShellSnapshot | undefined => {
  const raw = local.get('sitwell:reopen');
  return raw ? (JSON.parse(raw) as ShellSnapshot) : undefined;
};

async function started(): Promise<SnapshotKeepingStore> {
  const store = new SnapshotKeepingStore(db, () => Date.now(), LOG_CRYPTO);
  setCallNumber(store, '911');
  const session: SessionRecord = {
    id: 's1',
    createdAt: Date.now(),
    status: 'active',
    protocol: { ...DEFAULT_PROTOCOL },
    contacts: { ...EMPTY_CONTACTS },
    people: { sitterName: 'Alex' },
    schemaVersion: 1,
  };
  await store.start(session, [
    { kind: 'session-started', data: { sitterName: 'Alex', intervalMin: 15, preAlert: true } },
  ]);
  return store;
}

const checkIn = { kind: 'check-in', data: { observation: { breathing: 'normal' } } } as const;

describe('the session shell’s snapshot', () => {
  it('is written after the start and after each check-in, from the saved log', async () => {
    const store = await started();
    const first = stored()!;
    expect(first).toMatchObject({ v: 1, sessionId: 's1', lastSeq: 0, intervalMin: 15 });
    expect(first.nextDueAt - first.anchorAt).toBe(15 * 60_000);
    expect(first.href).toBe('tel:911');

    const saving = store.append({ ...checkIn, at: Date.now() + 1000 });
    // While the check-in is on its way the old countdown may already be wrong: no snapshot.
    expect(stored()).toBeUndefined();
    expect(await saving).toBe(true);
    const after = stored()!;
    expect(after.lastSeq).toBe(1);
    expect(after.anchorAt).toBe(store.snapshot.entries[1]!.at);
    expect(after.nextDueAt).toBe(after.anchorAt + 15 * 60_000);
  });

  it('stays in place while the app only leaves and comes back to the screen', async () => {
    const store = await started();
    const before = stored();
    const hiding = store.append({ kind: 'app-hidden', data: {} });
    expect(stored()).toEqual(before);
    expect(await hiding).toBe(true);
  });

  it('stays away while an entry is not saved, and returns once Retry saves it', async () => {
    const store = await started();
    diskFull = true;
    expect(await store.append(checkIn)).toBe(false);
    expect(stored()).toBeUndefined();
    // Even an entry that changes nothing: the snapshot waits for the unsaved one.
    await store.append({ kind: 'note', data: { text: 'queued' } });
    expect(stored()).toBeUndefined();
    diskFull = false;
    expect(await store.retryPending()).toBe(true);
    expect(stored()?.lastSeq).toBe(2);
  });

  it('waits for every write in flight, and is gone once the session ends', async () => {
    const store = await started();
    const one = store.append({ kind: 'note', data: { text: 'a' } });
    const two = store.append(checkIn);
    await one;
    expect(stored()).toBeUndefined();
    await two;
    expect(stored()?.lastSeq).toBe(2);
    expect(await store.end({})).toBe(true);
    expect(stored()).toBeUndefined();
  });
});
