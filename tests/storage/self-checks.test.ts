import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SelfCheck } from '../../src/domain/review/self-check';
import { openSitwellDb, type Db } from '../../src/storage/db';
import { addSelfCheck, listSelfChecks } from '../../src/storage/self-checks';
import { StorageError } from '../../src/storage/storage-error';

const T0 = Date.UTC(2026, 2, 10, 13, 0);
const WEEK = 7 * 24 * 3_600_000;

let db: Db;

beforeEach(async () => {
  db = await openSitwellDb(`t-${crypto.randomUUID()}`);
});

afterEach(() => {
  db.close();
});

const phq = (id: string, at: number, item9 = 0): SelfCheck => ({
  id,
  at,
  tzOffset: 60,
  instrument: 'phq-9',
  answers: [1, 1, 0, 2, 0, 0, 1, 0, item9 as 0],
});
const gad = (id: string, at: number): SelfCheck => ({
  id,
  at,
  tzOffset: 60,
  instrument: 'gad-7',
  answers: [2, 2, 1, 1, 0, 0, 1],
});

describe('self-checks', () => {
  it('lists what was added by time, newest first or oldest first', async () => {
    await addSelfCheck(db, phq('b', T0 + WEEK, 1));
    await addSelfCheck(db, gad('c', T0 + 2 * WEEK));
    await addSelfCheck(db, phq('a', T0));
    const newest = await listSelfChecks(db);
    expect(newest.checks.map((c) => c.id)).toEqual(['c', 'b', 'a']);
    expect(newest.damaged).toBe(0);
    expect(newest.checks[1]).toEqual(phq('b', T0 + WEEK, 1));
    const oldest = await listSelfChecks(db, 'oldest-first');
    expect(oldest.checks.map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });

  it('skips and counts damaged rows instead of throwing', async () => {
    await addSelfCheck(db, phq('good', T0));
    const tx = db.transaction('selfChecks', 'readwrite');
    await Promise.all([
      tx.store.put({ id: 'short', at: T0 + 1, tzOffset: 0, instrument: 'phq-9', answers: [1, 2] }),
      tx.store.put({ id: 'wrong', at: T0 + 2, tzOffset: 0, instrument: 'bdi', answers: [] }),
      tx.store.put({
        id: 'range',
        at: T0 + 3,
        tzOffset: 0,
        instrument: 'gad-7',
        answers: [0, 0, 9, 0, 0, 0, 0],
      }),
      tx.done,
    ]);
    const list = await listSelfChecks(db);
    expect(list.checks.map((c) => c.id)).toEqual(['good']);
    expect(list.damaged).toBe(3);
  });

  it('refuses an invalid check, and never overwrites one with the same id', async () => {
    await expect(addSelfCheck(db, { ...gad('x', T0), answers: [0, 1] as never })).rejects.toThrow(
      StorageError,
    );
    await addSelfCheck(db, gad('x', T0));
    await expect(addSelfCheck(db, gad('x', T0 + 1))).rejects.toMatchObject({ kind: 'conflict' });
    expect((await listSelfChecks(db)).checks).toEqual([gad('x', T0)]);
  });
});
