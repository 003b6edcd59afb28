import { EMPTY_CONTACTS } from '../../src/domain/contacts/contacts';
import type { Entry } from '../../src/domain/log/entry';
import type { Observation } from '../../src/domain/log/observation';
import type { SessionRecord } from '../../src/domain/log/session';
import { sessionDigest } from '../../src/domain/log/session-digest';
import { DEFAULT_PROTOCOL } from '../../src/domain/protocol/protocol';
import { newId, sha256Hex } from '../../src/platform/crypto';
import { DB_VERSION, openSitwellDb } from '../../src/storage/db';
import { chainEntry, type NewEntry } from '../../src/storage/entries';
import { createSession } from '../../src/storage/session-create';
import { prng } from '../../scripts/prng.mjs';

// Seeds the app's own database with past sessions for `npm run bench` (scripts/bench-review.mjs):
// bundled as a script and run inside the built app's origin, so the screens read them as they
// would read real ones. Each session is a realistic evening: preparation, mood before, dose,
// check-ins every 15 minutes with vitals on the hour, a distress episode with grounding in some,
// an escalation in a few, the patient's mood after, and the end. Entries are chained and hashed
// by the app's own chainEntry; `digest: false` leaves the per-session summary out, as in a log
// written before summaries existed, so home has to read every entry once.

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const CRYPTO = { sha256: sha256Hex, newId };

export interface SeedOptions {
  sessions: number;
  /** Check-ins per session (one every 15 minutes). */
  checkIns: number;
  /** Store the per-session digest with each session, as the app does when a session ends. */
  digest: boolean;
  /** Start of the first session (ms); sessions follow a week apart. */
  firstStart: number;
}

function sessionInputs(n: number, start: number, checkIns: number, rand: () => number): NewEntry[] {
  const at = (min: number) => start + min * MIN;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const out: NewEntry[] = [
    {
      kind: 'session-started',
      data: { sitterName: 'Alex', patientName: 'Sam', intervalMin: 15, preAlert: true },
      at: at(0),
    },
    { kind: 'patient-mood', data: { moment: 'before', score: int(2, 6) }, at: at(1) },
    {
      kind: 'dose-recorded',
      data: { doseAt: at(5), amount: `${150 + 25 * (n % 4)} mg` },
      at: at(5),
    },
  ];
  const readyAt = int(Math.floor(checkIns / 2), checkIns);
  for (let i = 1; i <= checkIns; i++) {
    const min = 5 + i * 15 + int(0, 2);
    const ready = i >= readyAt;
    const observation: Observation = ready
      ? { responsiveness: 'normal', breathing: 'normal', comfort: 'calm', nausea: 'none' }
      : { responsiveness: 'drowsy', breathing: 'normal', comfort: 'calm' };
    const vitals =
      i % 4 === 0
        ? { systolic: int(118, 158), diastolic: int(72, 96), heartRate: int(62, 98) }
        : undefined;
    out.push({
      kind: 'check-in',
      data: vitals ? { observation, vitals } : { observation },
      at: at(min),
    });
    if (i === 3 && n % 3 === 0) {
      out.push({ kind: 'situation-reported', data: { situation: 'distressed' }, at: at(min + 1) });
      out.push({ kind: 'grounding-used', data: {}, at: at(min + 2) });
    }
    if (i === 5 && n % 7 === 0) {
      out.push({
        kind: 'escalation-shown',
        data: { ruleIds: ['bp-session-limit'], tier: 'call-provider' },
        at: at(min + 1),
      });
    }
  }
  const end = 5 + checkIns * 15 + 10;
  out.push({ kind: 'patient-mood', data: { moment: 'after', score: int(4, 9) }, at: at(end - 2) });
  out.push({ kind: 'session-ended', data: { reason: 'Criteria met' }, at: at(end) });
  return out;
}

/** Writes `sessions` ended sessions with their logs; resolves with the number of entries written. */
export async function seedSessions(opts: SeedOptions): Promise<number> {
  const db = await openSitwellDb();
  const rand = prng(20261122);
  let written = 0;
  for (let n = 0; n < opts.sessions; n++) {
    const start = opts.firstStart + n * 7 * DAY;
    const id = newId();
    const entries: Entry[] = [];
    for (const input of sessionInputs(n, start, opts.checkIns, rand))
      entries.push(await chainEntry(id, entries.at(-1), input, start, CRYPTO));
    const protocol = DEFAULT_PROTOCOL;
    const record: SessionRecord = {
      id,
      createdAt: start,
      status: 'ended',
      protocol,
      contacts: { ...EMPTY_CONTACTS, emergencyNumber: '911' },
      people: { sitterName: 'Alex', patientName: 'Sam' },
      schemaVersion: DB_VERSION,
      ...(opts.digest && { digest: sessionDigest(entries, protocol) }),
    };
    await createSession(db, record, entries);
    written += entries.length;
  }
  db.close();
  return written;
}
