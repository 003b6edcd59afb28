import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LiveShare } from '../../src/domain/log/session';
import { openSitwellDb, type Db } from '../../src/storage/db';
import { chainEntry, EntryLog, listEntries, writeEntry } from '../../src/storage/entries';
import {
  outboxRows,
  saveOutboxRow,
  shareSessionLive,
  unsentEvents,
} from '../../src/storage/outbox';
import { createSession } from '../../src/storage/session-create';
import { LOG_CRYPTO } from '../fixtures/log-crypto';
import { sessionFixture } from '../fixtures/session-record';

const T0 = Date.UTC(2026, 2, 10, 13, 0);
const LIVE: LiveShare = {
  clinic: {
    relay: 'https://sitwell.example.org',
    id: '7b0c7a52-3b8e-4d59-9a43-0f7f1d3c2a10',
    name: 'Dr. Lee’s clinic',
    publicKey: 'B'.repeat(87),
    fingerprint: 'AB12-CD34-EF56-7890-AB12-CD34-EF56-7890',
  },
  includePatientWords: false,
  includePatientEntries: false,
  agreedAt: T0,
};

let db: Db;
beforeEach(async () => {
  db = await openSitwellDb(`t-${crypto.randomUUID()}`);
});
afterEach(() => db.close());

const started = (id: string) =>
  chainEntry(
    id,
    undefined,
    { kind: 'session-started', data: { sitterName: 'A', intervalMin: 15, preAlert: true } },
    T0,
    LOG_CRYPTO,
  );

describe('the outbox of a session shared live', () => {
  it('gets each entry’s event in the entry’s own transaction, from the first entry on', async () => {
    const session = { ...sessionFixture(), live: LIVE };
    await createSession(db, session, [await started(session.id)]);
    const log = new EntryLog(db, () => T0 + 1000, LOG_CRYPTO);
    log.setLive(session.id, true);
    await log.append(session.id, { kind: 'note', data: { text: 'resting' } });
    await log.append(session.id, { kind: 'note', data: { text: 'still resting' } });
    const rows = await outboxRows(db, session.id);
    expect(rows.map((r) => [r.seq, r.state])).toEqual([
      [0, 'queued'],
      [1, 'queued'],
      [2, 'queued'],
    ]);
  });

  it('writes neither the entry nor its event when the entry is refused', async () => {
    const session = { ...sessionFixture(), live: LIVE };
    const first = await started(session.id);
    await createSession(db, session, [first]);
    // Seq 0 is taken: the entry is refused, and its event must not be left behind on its own.
    const clash = { ...first, id: 'another-id' };
    await expect(writeEntry(db, clash, undefined, true)).rejects.toThrow();
    expect((await listEntries(db, session.id)).length).toBe(1);
    expect((await outboxRows(db, session.id)).length).toBe(1);
  });

  it('writes no event for a session that is not shared', async () => {
    const session = sessionFixture();
    await createSession(db, session, [await started(session.id)]);
    const log = new EntryLog(db, () => T0, LOG_CRYPTO);
    await log.append(session.id, { kind: 'note', data: { text: 'n' } });
    expect(await outboxRows(db, session.id)).toEqual([]);
  });

  it('sharing mid-session queues every entry so far, once, and records the choice', async () => {
    const session = sessionFixture();
    await createSession(db, session, [await started(session.id)]);
    const log = new EntryLog(db, () => T0, LOG_CRYPTO);
    await log.append(session.id, { kind: 'note', data: { text: 'n' } });
    const shared = await shareSessionLive(db, session.id, LIVE);
    expect(shared.live).toEqual(LIVE);
    await shareSessionLive(db, session.id, LIVE);
    log.setLive(session.id, true);
    await log.append(session.id, { kind: 'note', data: { text: 'after' } });
    expect((await outboxRows(db, session.id)).map((r) => r.seq)).toEqual([0, 1, 2]);
  });

  it('lists only what the relay has not stored yet, in seq order', async () => {
    const session = { ...sessionFixture(), live: LIVE };
    await createSession(db, session, [await started(session.id)]);
    const log = new EntryLog(db, () => T0, LOG_CRYPTO);
    log.setLive(session.id, true);
    await log.append(session.id, { kind: 'note', data: { text: 'n' } });
    const [first] = await outboxRows(db, session.id);
    await saveOutboxRow(db, { ...first!, state: 'sent', sentAt: T0 });
    expect((await unsentEvents(db, session.id)).map((r) => r.seq)).toEqual([1]);
  });
});
