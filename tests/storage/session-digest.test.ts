import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_CONTACTS } from '../../src/domain/contacts/contacts';
import type { Entry } from '../../src/domain/log/entry';
import type { SessionRecord } from '../../src/domain/log/session';
import { DIGEST_VERSION, sessionDigest } from '../../src/domain/log/session-digest';
import { DEFAULT_PROTOCOL } from '../../src/domain/protocol/protocol';
import { SessionStore } from '../../src/state/session-store';
import { loadPastSessions } from '../../src/state/use-past-sessions';
import { openSitwellDb, type Db } from '../../src/storage/db';
import { chainEntry, listEntries, type NewEntry } from '../../src/storage/entries';
import { createSession } from '../../src/storage/session-create';
import { getSession, markSessionEnded, saveSessionDigest } from '../../src/storage/sessions';
import { LOG_CRYPTO } from '../fixtures/log-crypto';

// Ending a session stores its digest with the status change; home then lists sessions from their
// records alone, backfilling (once) the digest of a session that ended before digests existed.

const T0 = Date.UTC(2026, 2, 10, 13, 0);
const MIN = 60_000;

let db: Db;
let now: number;
const clock = () => now;

beforeEach(async () => {
  db = await openSitwellDb(`t-${crypto.randomUUID()}`);
  now = T0;
});

afterEach(() => {
  db.close();
});

function record(id: string, createdAt = T0): SessionRecord {
  return {
    id,
    createdAt,
    status: 'active',
    protocol: { ...DEFAULT_PROTOCOL, minMonitoringMin: 30 },
    contacts: { ...EMPTY_CONTACTS },
    people: { sitterName: 'Alex', patientName: 'Sam' },
    schemaVersion: 1,
  };
}

const START: NewEntry = {
  kind: 'session-started',
  data: { sitterName: 'Alex', patientName: 'Sam', intervalMin: 15, preAlert: true },
};

/** A session written the way a version without digests left it: ended, no digest. */
async function oldEndedSession(id: string, createdAt: number): Promise<void> {
  const inputs: NewEntry[] = [
    { ...START, at: createdAt },
    { kind: 'dose-recorded', data: { doseAt: createdAt }, at: createdAt },
    {
      kind: 'check-in',
      data: { observation: { responsiveness: 'normal' } },
      at: createdAt + 40 * MIN,
    },
    { kind: 'session-ended', data: {}, at: createdAt + 45 * MIN },
  ];
  const chained: Entry[] = [];
  for (const input of inputs)
    chained.push(await chainEntry(id, chained.at(-1), input, createdAt, LOG_CRYPTO));
  await createSession(db, record(id, createdAt), chained);
  await markSessionEnded(db, id);
}

describe('SessionStore.end', () => {
  it('stores the digest of the whole log on the ended record', async () => {
    const store = new SessionStore(db, clock, LOG_CRYPTO);
    await store.start(record('s1'), [START, { kind: 'dose-recorded', data: { doseAt: T0 } }]);
    now = T0 + 35 * MIN;
    await store.append({ kind: 'check-in', data: { observation: { responsiveness: 'normal' } } });
    now = T0 + 40 * MIN;
    expect(await store.end({ reason: 'done' })).toBe(true);

    const saved = await getSession(db, 's1');
    expect(saved?.status).toBe('ended');
    expect(saved?.digest).toEqual(sessionDigest(await listEntries(db, 's1'), saved!.protocol));
    expect(saved?.digest).toMatchObject({
      checkIns: 1,
      durationMs: 40 * MIN,
      doseToReadyMs: 35 * MIN,
      patientName: 'Sam',
    });
  });
});

describe('markSessionEnded and saveSessionDigest', () => {
  it('adds a digest to an already ended record, and backfills only ended sessions', async () => {
    await oldEndedSession('old', T0);
    const digest = sessionDigest(await listEntries(db, 'old'), DEFAULT_PROTOCOL);
    await markSessionEnded(db, 'old', digest);
    expect((await getSession(db, 'old'))?.digest).toEqual(digest);

    await createSession(db, record('running'), []);
    expect(await saveSessionDigest(db, 'running', digest)).toBe(false);
    expect((await getSession(db, 'running'))?.digest).toBeUndefined();
    expect(await saveSessionDigest(db, 'missing', digest)).toBe(false);
  });
});

describe('loadPastSessions', () => {
  it('backfills a missing digest once, then lists from the records alone', async () => {
    await oldEndedSession('a', T0);
    await oldEndedSession('b', T0 + 24 * 60 * MIN);
    await createSession(db, record('running', T0 + 48 * 60 * MIN), []);

    const first = await loadPastSessions(db);
    expect(first.map((s) => s.record.id)).toEqual(['b', 'a']);
    expect(first[0]!.digest).toMatchObject({ checkIns: 1, durationMs: 45 * MIN });
    expect((await getSession(db, 'a'))?.digest).toEqual(first[1]!.digest);

    // With the log gone, the list still has every figure: it no longer reads entries.
    await db.clear('entries');
    const second = await loadPastSessions(db);
    expect(second.map((s) => s.digest)).toEqual(first.map((s) => s.digest));
  });

  it('recomputes a digest of an older version', async () => {
    await oldEndedSession('a', T0);
    const rec = (await getSession(db, 'a'))!;
    await db.put('sessions', { ...rec, digest: { v: 0 } as never });
    const [past] = await loadPastSessions(db);
    expect(past!.digest.v).toBe(DIGEST_VERSION);
    expect(past!.digest.checkIns).toBe(1);
  });
});
