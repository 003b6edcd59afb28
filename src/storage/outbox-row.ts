import type { Entry } from '../domain/log/entry';
import type { OutboxRow } from './db';

// Kept apart from entries.ts: the sessions store needs it too, and it must not pull the log's
// writer and hashing into the first screen's script.

/** The outbox row of a new entry's event: queued, to be sealed and sent by the live sender. */
export function queuedEvent(e: Pick<Entry, 'sessionId' | 'seq'>): OutboxRow {
  return { sessionId: e.sessionId, seq: e.seq, state: 'queued', attempts: 0 };
}
