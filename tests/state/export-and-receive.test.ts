import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyRecord } from '../../src/domain/report/verify-record';
import type { ExportFile } from '../../src/platform/share';
import { deviceKeyFingerprint } from '../../src/state/use-device-key';
import { exportSession, type ExportRequest } from '../../src/state/use-export';
import { loadReceived, openRecordFile } from '../../src/state/use-received';
import { openSitwellDb, type Db } from '../../src/storage/db';
import { listReceived } from '../../src/storage/received';
import { listSessions } from '../../src/storage/sessions';
import {
  chainLog,
  DEPS,
  richInputs,
  sessionFixture,
  signedRecord,
  START,
} from '../fixtures/session-record';

// The verbs behind "Share with the provider" and "Open a session record": a stored session goes
// out signed by this device's key with the patient's private entries left out unless chosen; a
// received file is kept only when it verifies, and is verified again when opened.

let db: Db;
let handed: ExportFile[];
const deps = {
  handOver: async (file: ExportFile) => (handed.push(file), 'downloaded' as const),
  now: () => START + 200 * 60_000,
};
const JSON_REQUEST: ExportRequest = {
  format: 'json',
  options: { includePatientWords: false, includePatientEntries: false },
  paper: 'a4',
};

beforeEach(async () => {
  db = await openSitwellDb(`t-${crypto.randomUUID()}`);
  handed = [];
});
afterEach(() => db.close());

async function stored() {
  const record = sessionFixture();
  return { record, entries: await chainLog(record.id, richInputs()) };
}

describe('exportSession', () => {
  it('signs with this device’s key and leaves the patient’s entries out by default', async () => {
    const result = await exportSession(db, await stored(), JSON_REQUEST, deps);
    expect(result).toEqual({
      ok: true,
      outcome: 'downloaded',
      fileName: 'sitwell-2026-03-08-sam.json',
    });
    const verdict = await verifyRecord(handed[0]!.data as string, DEPS);
    expect(verdict.ok && verdict.fingerprint).toBe(await deviceKeyFingerprint(db, 0));
    expect(verdict.ok && verdict.withheld).toEqual({
      'patient-words': 1,
      'patient-intention': 1,
      'patient-mood': 1,
      'patient-reflection': 1,
    });
    expect(verdict.ok && verdict.document.app).toEqual({ name: 'Sitwell', version: '0.1.0' });
  });

  it('includes what the patient ticked', async () => {
    const options = { includePatientWords: true, includePatientEntries: false };
    await exportSession(db, await stored(), { ...JSON_REQUEST, options }, deps);
    const verdict = await verifyRecord(handed[0]!.data as string, DEPS);
    expect(verdict.ok && verdict.withheld['patient-words']).toBeUndefined();
    expect(verdict.ok && verdict.withheld['patient-reflection']).toBe(1);
  });

  it('names the file of each format and says when there is no session', async () => {
    const session = await stored();
    for (const format of ['csv', 'fhir'] as const)
      await exportSession(db, session, { ...JSON_REQUEST, format }, deps);
    expect(handed.map((f) => f.name)).toEqual([
      'sitwell-2026-03-08-sam.csv',
      'sitwell-2026-03-08-sam.fhir.json',
    ]);
    const none = await exportSession(db, { record: undefined, entries: [] }, JSON_REQUEST, deps);
    expect(none).toEqual({ ok: false, message: expect.stringMatching(/no session/) });
  });
});

describe('openRecordFile', () => {
  const ids = { now: () => START, newId: () => crypto.randomUUID() };

  it('keeps an intact record once, and opens it again by the same id', async () => {
    const { text } = await signedRecord();
    const file = new File([text], 'sitwell-2026-03-08-sam.json', { type: 'application/json' });
    const first = await openRecordFile(db, file, ids);
    expect(first).toMatchObject({ ok: true, already: false });
    const again = await openRecordFile(db, file, ids);
    expect(again).toEqual({ ok: true, id: first.ok && first.id, already: true });
    expect(await listReceived(db)).toHaveLength(1);
    expect(await listSessions(db)).toEqual([]);
    const view = await loadReceived(db, first.ok ? first.id : '');
    expect(view.kind === 'intact' && view.verified.document.session.people.sitterName).toBe('Alex');
  });

  it('refuses an edited record, names the entry, and keeps nothing', async () => {
    const { text } = await signedRecord();
    const edited = text.replace('"systolic": 172', '"systolic": 140');
    expect(edited).not.toBe(text);
    const outcome = await openRecordFile(db, new File([edited], 'edited.json'), ids);
    expect(outcome).toMatchObject({ ok: false, problem: { kind: 'chain', entrySeq: 10 } });
    expect(!outcome.ok && outcome.message).toBe(
      'Entry 10 has been changed: its hash does not match.',
    );
    // Named in words too, as the edited file now reads.
    expect(!outcome.ok && outcome.entry).toMatch(/ — Check-in: .*Blood pressure 140\/104/);
    expect(await db.count('received')).toBe(0);
  });

  it('refuses a file that is not a record, or too large, before keeping anything', async () => {
    const notes = await openRecordFile(db, new File(['shopping: milk'], 'notes.txt'), ids);
    expect(notes).toMatchObject({ ok: false, problem: { kind: 'not-json' } });
    const other = await openRecordFile(db, new File(['{"a":1}'], 'other.json'), ids);
    expect(!other.ok && other.message).toBe(
      'This is not a Sitwell session record (it has no "format": "sitwell-session").',
    );
    const huge = new File([new Uint8Array(11 * 1024 * 1024)], 'huge.json');
    expect(await openRecordFile(db, huge, ids)).toMatchObject({
      ok: false,
      problem: { kind: 'too-large' },
    });
    expect(await db.count('received')).toBe(0);
  });

  it('says so when a stored record is missing', async () => {
    expect(await loadReceived(db, 'nope')).toEqual({ kind: 'missing' });
  });
});
