import { dayDate } from '../format/time';

// A received record as the list of received records shows it: who made it, whose session, when
// it was and when it arrived, and the key that signed it. Storage reads it from a kept record.

/** A received record as listed. */
export interface ReceivedSummary {
  id: string;
  receivedAt: number;
  fileName: string;
  /** The sitter who made the record, as it says. */
  sitterName: string;
  patientName?: string;
  /** When the session was created (epoch ms), as the record says. */
  sessionCreatedAt?: number;
  /** The signing key's fingerprint (checked against the key when the record was stored). */
  fingerprint?: string;
}

/** The title of a received record: who, and the session's day. */
export function receivedTitle(r: ReceivedSummary): string {
  const sitter = r.sitterName || 'an unnamed sitter';
  const who = r.patientName ? `${r.patientName}, sat by ${sitter}` : `Session sat by ${sitter}`;
  return r.sessionCreatedAt !== undefined ? `${who}, ${dayDate(r.sessionCreatedAt)}` : who;
}
