import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Entry } from '../../src/domain/log/entry';
import { verifyChain } from '../../src/domain/log/verify-chain';
import { sha256Hex } from '../../src/platform/crypto';
import { openSitwellDb, type Db } from '../../src/storage/db';
import * as entriesModule from '../../src/storage/entries';
import {
  EntryLog,
  lastEntry,
  listEntries,
  tzOffsetAt,
  writeEntry,
} from '../../src/storage/entries';
import entriesSource from '../../src/storage/entries.ts?raw';
import { LOG_CRYPTO } from '../fixtures/log-crypto';

const T0 = Date.UTC(2026, 2, 10, 13, 0);

let name: string;
let db: Db;
let now: number;
const clock = () => now;

beforeEach(async () => {
  name = `t-${crypto.randomUUID()}`;
  db = await openSitwellDb(name);
  now = T0;
});

afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

/** Assert a session's stored log is seq 0..n-1, chained and verifiable. */
async function expectValidLog(sessionId: string, count: number): Promise<Entry[]> {
  const log = await listEntries(db, sessionId);
  expect(log.map((e) => e.seq)).toEqual(Array.from({ length: count }, (_, i) => i));
  expect(log.every((e) => e.sessionId === sessionId)).toBe(true);
  expect(await verifyChain(log, sha256Hex)).toEqual({
    ok: true,
    count,
    lastHash: log.at(-1)?.hash ?? '',
  });
  return log;
}

describe('EntryLog.append', () => {
  it('assigns seq, at, tzOffset and prevHash, and the stored log verifies', async () => {
    const log = new EntryLog(db, clock, LOG_CRYPTO);
    const a = await log.append('s1', { kind: 'note', data: { text: 'one' } });
    now = T0 + 60_000;
    const b = await log.append('s1', { kind: 'note', data: { text: 'two' } });
    const c = await log.append('s1', { kind: 'note', data: { text: 'three' }, at: T0 + 30_000 });

    expect([a.seq, b.seq, c.seq]).toEqual([0, 1, 2]);
    expect([a.at, b.at, c.at]).toEqual([T0, T0 + 60_000, T0 + 30_000]);
    expect(a.tzOffset).toBe(tzOffsetAt(T0));
    expect(Object.is(tzOffsetAt(T0), -0)).toBe(false);
    expect([a.prevHash, b.prevHash, c.prevHash]).toEqual(['', a.hash, b.hash]);
    expect(new Set([a.id, b.id, c.id]).size).toBe(3);

    const stored = await expectValidLog('s1', 3);
    expect(stored).toEqual([a, b, c]);
    expect(await lastEntry(db, 's1')).toEqual(c);
  });

  it('keeps 50 concurrent appends to one session in call order, without duplicate or gap', async () => {
    const log = new EntryLog(db, clock, LOG_CRYPTO);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        log.append('s1', { kind: 'note', data: { text: `n${i}` } }),
      ),
    );
    expect(results.map((e) => e.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    const stored = await expectValidLog('s1', 50);
    expect(stored.map((e) => (e.data as { text: string }).text)).toEqual(
      results.map((_, i) => `n${i}`),
    );
  });

  it('keeps the chains of two sessions independent when their appends interleave', async () => {
    const log = new EntryLog(db, clock, LOG_CRYPTO);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        log.append(i % 2 === 0 ? 'a' : 'b', {
          kind: 'note',
          data: { text: `${i % 2 === 0 ? 'a' : 'b'}${i >> 1}` },
        }),
      ),
    );
    const a = await expectValidLog('a', 10);
    const b = await expectValidLog('b', 10);
    expect(a.map((e) => (e.data as { text: string }).text)).toEqual(
      Array.from({ length: 10 }, (_, i) => `a${i}`),
    );
    expect(b.map((e) => (e.data as { text: string }).text)).toEqual(
      Array.from({ length: 10 }, (_, i) => `b${i}`),
    );
    expect(b[0]!.prevHash).toBe('');
  });

  it('recovers when another writer appended behind its cached tail (the conflict retry)', async () => {
    const first = new EntryLog(db, clock, LOG_CRYPTO);
    const second = new EntryLog(db, clock, LOG_CRYPTO);
    for (let i = 0; i < 3; i++)
      await first.append('s1', { kind: 'note', data: { text: `first ${i}` } });
    // The second writer reads the real tail from the database.
    await second.append('s1', { kind: 'note', data: { text: 'second 0' } });
    await second.append('s1', { kind: 'note', data: { text: 'second 1' } });

    const add = vi.spyOn(IDBObjectStore.prototype, 'add');
    // `first` still believes seq 2 is the tail: its write of seq 3 must be refused and retried.
    const late = await first.append('s1', { kind: 'note', data: { text: 'first 3' } });
    expect(add).toHaveBeenCalledTimes(2);
    expect(late.seq).toBe(5);

    const stored = await expectValidLog('s1', 6);
    expect(stored.map((e) => (e.data as { text: string }).text)).toEqual([
      'first 0',
      'first 1',
      'first 2',
      'second 0',
      'second 1',
      'first 3',
    ]);
  });

  it('refuses to overwrite an existing place in the log', async () => {
    const log = new EntryLog(db, clock, LOG_CRYPTO);
    const a = await log.append('s1', { kind: 'note', data: { text: 'original' } });
    const forged = { ...a, id: crypto.randomUUID(), data: { text: 'forged' } } as Entry;
    await expect(writeEntry(db, forged)).rejects.toMatchObject({
      name: 'StorageError',
      kind: 'conflict',
    });
    await expect(writeEntry(db, { ...a, seq: 7 })).rejects.toMatchObject({ kind: 'conflict' });
    expect(await listEntries(db, 's1')).toEqual([a]);
  });

  it('continues the chain of a log written earlier, in a new EntryLog', async () => {
    await new EntryLog(db, clock, LOG_CRYPTO).append('s1', {
      kind: 'note',
      data: { text: 'before reload' },
    });
    const next = await new EntryLog(db, clock, LOG_CRYPTO).append('s1', {
      kind: 'note',
      data: { text: 'after reload' },
    });
    expect(next.seq).toBe(1);
    await expectValidLog('s1', 2);
  });

  it('survives closing and reopening the database', async () => {
    const log = new EntryLog(db, clock, LOG_CRYPTO);
    for (let i = 0; i < 5; i++) await log.append('s1', { kind: 'note', data: { text: `n${i}` } });
    const before = await listEntries(db, 's1');
    db.close();

    db = await openSitwellDb(name);
    expect(await listEntries(db, 's1')).toEqual(before);
    await expectValidLog('s1', 5);
  });

  it('lists nothing for an unknown session', async () => {
    expect(await listEntries(db, 'nobody')).toEqual([]);
    expect(await lastEntry(db, 'nobody')).toBeUndefined();
  });
});

describe('append-only API', () => {
  it('EntryLog has no way to change or remove an entry', () => {
    const methods = Object.getOwnPropertyNames(EntryLog.prototype).filter(
      (n) => n !== 'constructor',
    );
    // `appendNow` is the private step behind `append`; `setLive` only adds each later entry's
    // event for the clinic. Adding anything here deserves a second look.
    expect(methods.sort()).toEqual(['append', 'appendNow', 'reset', 'setLive']);
  });

  it('entries.ts exports no update, delete, put or remove', () => {
    const names = Object.keys(entriesModule);
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(n).not.toMatch(/update|delete|put|remove|clear|edit|replace/i);
  });

  it('entries.ts never calls put, delete, clear or a cursor update on the database', () => {
    // (Map#delete and Map#clear on the in-memory caches are fine; database verbs are not.)
    expect(entriesSource).toContain('entries.add(entry)');
    expect(entriesSource).not.toMatch(/\b(?:store|db)\.(?:put|delete|clear)\(/);
    expect(entriesSource).not.toMatch(/objectStore\([^)]*\)\.(?:put|delete|clear)\(/);
    expect(entriesSource).not.toMatch(/\bcursor\??\.(?:update|delete)\(/);
    // One write transaction in the module: writeEntry's.
    expect(entriesSource.match(/'readwrite'/g)).toHaveLength(1);
  });
});
