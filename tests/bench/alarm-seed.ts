import { EMPTY_CONTACTS } from '../../src/domain/contacts/contacts';
import type { Entry } from '../../src/domain/log/entry';
import type { SessionRecord } from '../../src/domain/log/session';
import { DEFAULT_PROTOCOL } from '../../src/domain/protocol/protocol';
import { newId, sha256Hex } from '../../src/platform/crypto';
import { DB_VERSION, openSitwellDb } from '../../src/storage/db';
import { chainEntry } from '../../src/storage/entries';
import { createSession } from '../../src/storage/session-create';

// Seeds one running session whose next check-in falls due `dueInMs` from now, for the alarm
// benchmark (scripts/bench-alarm.mjs): the app then waits for it on the real clock, as on the day.

const MIN = 60_000;
const CRYPTO = { sha256: sha256Hex, newId };

/** Seed the session; returns its due time (epoch ms). */
export async function seedDueSoon(dueInMs: number, intervalMin = 5): Promise<number> {
  const dueAt = Date.now() + dueInMs;
  const start = dueAt - intervalMin * MIN;
  const id = newId();
  const entries: Entry[] = [];
  const first = await chainEntry(
    id,
    undefined,
    {
      kind: 'session-started',
      data: { sitterName: 'Alex', intervalMin, preAlert: true },
      at: start,
    },
    start,
    CRYPTO,
  );
  entries.push(first);
  const dose = { kind: 'dose-recorded' as const, data: { doseAt: start }, at: start };
  entries.push(await chainEntry(id, first, dose, start, CRYPTO));
  const record: SessionRecord = {
    id,
    createdAt: start,
    status: 'active',
    protocol: { ...DEFAULT_PROTOCOL, intervalMin },
    contacts: { ...EMPTY_CONTACTS, emergencyNumber: '911' },
    people: { sitterName: 'Alex' },
    schemaVersion: DB_VERSION,
  };
  const db = await openSitwellDb();
  await createSession(db, record, entries);
  db.close();
  return dueAt;
}
