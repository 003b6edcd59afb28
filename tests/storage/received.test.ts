import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyRecord, type VerifiedRecord } from '../../src/domain/report/verify-record';
import { openSitwellDb, type Db } from '../../src/storage/db';
import {
  deleteReceived,
  findReceivedByText,
  getReceived,
  listReceived,
  storeVerified,
} from '../../src/storage/received';
import { listSessions } from '../../src/storage/sessions';
import { DEPS, signedRecord } from '../fixtures/session-record';

// Received records: stored only once verified, listed newest first with who sent them, deletable,
// and kept apart from this device's own sessions and log.

const T0 = Date.UTC(2026, 2, 9, 10, 0);
let db: Db;
let n = 0;
const newId = () => `r${++n}`;

beforeEach(async () => {
  db = await openSitwellDb(`t-${crypto.randomUUID()}`);
});

afterEach(() => db.close());

async function verified(): Promise<VerifiedRecord> {
  const { text } = await signedRecord();
  const verdict = await verifyRecord(text, DEPS);
  if (!verdict.ok) throw new Error(verdict.problem.message);
  return verdict;
}

describe('received records', () => {
  it('stores a verified record and lists it newest first, with who sent it', async () => {
    const a = await storeVerified(db, await verified(), 'sitwell-2026-03-08-sam.json', T0, newId);
    const b = await storeVerified(db, await verified(), 'second.json', T0 + 60_000, newId);
    const list = await listReceived(db);
    expect(list.map((r) => r.id)).toEqual([b.id, a.id]);
    expect(list[1]).toEqual({
      id: a.id,
      receivedAt: T0,
      fileName: 'sitwell-2026-03-08-sam.json',
      sitterName: 'Alex',
      patientName: 'Sam',
      sessionCreatedAt: Date.UTC(2026, 2, 8, 19, 0),
      fingerprint: expect.stringMatching(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/),
    });
    const row = await getReceived(db, a.id);
    expect((await verifyRecord(row!.text, DEPS)).ok).toBe(true);
  });

  it('finds a record already received by its exact text', async () => {
    const v = await verified();
    const a = await storeVerified(db, v, 'a.json', T0, newId);
    expect(await findReceivedByText(db, v.text)).toBe(a.id);
    expect(await findReceivedByText(db, `${v.text} `)).toBeUndefined();
  });

  it('deletes a received record and nothing else', async () => {
    const a = await storeVerified(db, await verified(), 'a.json', T0, newId);
    const b = await storeVerified(db, await verified(), 'b.json', T0 + 1, newId);
    await deleteReceived(db, a.id);
    expect((await listReceived(db)).map((r) => r.id)).toEqual([b.id]);
    expect(await getReceived(db, a.id)).toBeUndefined();
  });

  it('never mixes a received record into this device’s sessions or log', async () => {
    await storeVerified(db, await verified(), 'a.json', T0, newId);
    expect(await listSessions(db)).toEqual([]);
    expect(await db.count('entries')).toBe(0);
  });

  it('refuses anything but a verified record, and stores nothing', async () => {
    const refused = await verifyRecord('{"format":"sitwell-session","version":1}', DEPS);
    expect(refused.ok).toBe(false);
    // A caller that ignores the verdict has to force the type, and is still refused at run time.
    const forced = refused as unknown as VerifiedRecord;
    await expect(storeVerified(db, forced, 'x.json', T0, newId)).rejects.toThrow(TypeError);
    expect(await db.count('received')).toBe(0);
  });
});
