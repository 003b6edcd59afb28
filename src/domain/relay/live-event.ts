import { pendingRecheck } from '../check-in/recheck';
import { scheduleState } from '../check-in/schedule';
import { applyCorrections } from '../log/corrections';
import type { AnyEntry, Entry, ExportedEntry } from '../log/entry';
import { foldSession } from '../log/session-fold';
import type { Protocol } from '../protocol/protocol';
import type { EventClass } from './wire';

// What each log entry becomes on its way to the clinic: the event class and times the relay may
// see (they drive its deadline), and the payload only the clinic can read (sealed with HPKE to its
// key). The relay's seq is the entry's seq, so a retry or a replay is stored once.

/** The event class of an entry: the one word of it the relay sees. */
export function eventClassOf(e: AnyEntry): EventClass {
  switch (e.kind) {
    case 'session-started':
      return 'started';
    case 'check-in':
      return 'check-in';
    case 'check-in-missed':
      return 'missed';
    case 'escalation-shown':
      return e.data.tier === 'emergency' ? 'emergency' : 'escalation';
    case 'escalation-action':
      if (e.data.action === 'called-emergency') return 'emergency';
      return e.data.action === 'resolved' ? 'resolved' : 'escalation';
    case 'session-ended':
      return 'ended';
    default:
      return 'record';
  }
}

/** The part of an event the relay sees, besides the session and seq. */
export interface LiveEnvelope {
  class: EventClass;
  at: number;
  /** When the next check-in is due as of this entry (null once the session has ended). */
  nextDueAt: number | null;
}

/**
 * The envelope of the entry at `index` of a log in seq order, from the log up to it alone, so it
 * comes out the same however often it is worked out (after a reload, a crash, a retry).
 */
export function liveEnvelope(entries: readonly Entry[], index: number): LiveEnvelope {
  const entry = entries[index] as AnyEntry;
  const upTo = applyCorrections(entries.slice(0, index + 1)).entries;
  const fold = foldSession(upTo, { sessionId: entry.sessionId });
  const cls = eventClassOf(entry);
  if (fold.ended || fold.anchorAt === undefined || cls === 'ended')
    return { class: cls, at: entry.at, nextDueAt: null };
  const schedule = scheduleState({
    anchorAt: fold.anchorAt,
    intervalMin: fold.intervalMin,
    now: entry.at,
    recheckAt: pendingRecheck(upTo)?.dueAt,
  });
  return { class: cls, at: entry.at, nextDueAt: schedule.nextDueAt };
}

/** Version of the payload inside the ciphertext. */
export const LIVE_PAYLOAD_VERSION = 1;

/**
 * What the clinic decrypts: one log entry (a private one withheld as in an export, by the
 * patient's choice), the protocol with the first entry, or a part of the final signed record.
 */
export type LivePayload =
  | { v: 1; type: 'entry'; entry: ExportedEntry; protocol?: Protocol }
  | { v: 1; type: 'record'; part: number; parts: number; text: string };

/** HPKE `info` for every live event: binds the keys to this use. */
export const LIVE_INFO = 'sitwell-live-v1';

/**
 * HPKE associated data: the envelope the relay sees, bound to the ciphertext, so the relay (or
 * anyone between) cannot move a payload to another session, seq, class or time unnoticed.
 */
export function liveAad(relaySessionId: string, seq: number, env: LiveEnvelope): string {
  return `${LIVE_INFO}|${relaySessionId}|${seq}|${env.class}|${env.at}|${env.nextDueAt ?? ''}`;
}

/**
 * Most characters of the signed record one `record` event carries: the ciphertext may be 16,384
 * base64url characters (12,288 bytes); 3,000 characters are at most 9,000 bytes of UTF-8 even if
 * every one took three, and escaping adds one byte per quote or line break.
 */
export const RECORD_PART_CHARS = 3_000;

/** The final record cut into parts that each fit one event, in order. */
export function recordParts(text: string): LivePayload[] {
  const parts = Math.max(1, Math.ceil(text.length / RECORD_PART_CHARS));
  return Array.from({ length: parts }, (_, part) => ({
    v: 1,
    type: 'record',
    part,
    parts,
    text: text.slice(part * RECORD_PART_CHARS, (part + 1) * RECORD_PART_CHARS),
  }));
}
