import type { Contacts } from '../contacts/contacts';
import { canonicalJson } from '../log/canonical-json';
import { isWithheld, type Entry, type ExportedEntry } from '../log/entry';
import type { Sha256Hex } from '../log/hash-chain';
import type { SessionRecord } from '../log/session';
import type { Protocol } from '../protocol/protocol';

// The JSON export of one session ("sitwell-session", version 1): the complete, versioned log with
// every entry's seq, prevHash and hash, a head (count, last hash) and a signature over that head,
// so an edit, a deletion anywhere (the end included) or a re-signing by another key is detected.

/** The file's `format` marker. */
export const RECORD_FORMAT = 'sitwell-session';
/** The record version this app writes and reads. */
export const RECORD_VERSION = 1;
/** Largest record accepted, in bytes (UTF-8); checked before parsing. */
export const MAX_RECORD_BYTES = 10 * 1024 * 1024;

/** An ECDSA P-256 public key as a JWK (only the members that identify it). */
export interface PublicKeyJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
}

/** What the signature covers, with the format and version: see `signedText`. */
export interface RecordHead {
  sessionId: string;
  /** Number of entries in the record, so deleting the last entries is detected. */
  count: number;
  /** Hash of the last entry; '' for an empty log. */
  lastHash: string;
  /** ISO 8601 with offset. */
  exportedAt: string;
  /**
   * SHA-256 of the canonical JSON of the record's `session` block (people, protocol, contacts),
   * which the chain does not cover: signing its hash makes an edit there detectable too.
   */
  sessionHash: string;
}

/** The device's signature over the head. */
export interface RecordSignature {
  alg: 'ES256';
  publicKeyJwk: PublicKeyJwk;
  /** Short fingerprint of the public key, e.g. "AB12-CD34-EF56-7890" (see fingerprint.ts). */
  fingerprint: string;
  /** base64url of the raw (IEEE P1363, r||s) ECDSA P-256 / SHA-256 signature of `signedText`. */
  value: string;
}

/** The contact details a provider needs; the home address and backup contact stay at home. */
export type RecordContacts = Pick<
  Contacts,
  'providerName' | 'providerPhone' | 'emergencyNumber' | 'medications' | 'allergies'
>;

/** The session as described in a record. */
export interface RecordSession {
  id: string;
  /** Epoch ms. */
  createdAt: number;
  people: SessionRecord['people'];
  protocol: Protocol;
  contacts: RecordContacts;
}

/** A whole session record file. */
export interface SessionRecordFile {
  format: typeof RECORD_FORMAT;
  version: typeof RECORD_VERSION;
  app: { name: 'Sitwell'; version: string };
  /** ISO 8601 with offset. */
  exportedAt: string;
  session: RecordSession;
  entries: ExportedEntry[];
  head: RecordHead;
  signature: RecordSignature;
}

/** The exact text that is signed: the canonical JSON of the format, version and head. */
export function signedText(head: RecordHead): string {
  return canonicalJson({ format: RECORD_FORMAT, version: RECORD_VERSION, ...head });
}

/** The hash that goes into `head.sessionHash`. */
export function sessionHashOf(session: RecordSession, sha256: Sha256Hex): Promise<string> {
  return sha256(canonicalJson(session));
}

/** The contacts that travel in a record, from a session's snapshot. */
export function recordContacts(c: Contacts): RecordContacts {
  const { providerName, providerPhone, emergencyNumber, medications, allergies } = c;
  return { providerName, providerPhone, emergencyNumber, medications, allergies };
}

/** The entries a record shares, for the summary and log views (withheld ones left out). */
export function sharedEntries(record: Pick<SessionRecordFile, 'entries'>): Entry[] {
  return record.entries.filter((e): e is Entry => !isWithheld(e));
}

/** The record as a file's text (pretty-printed JSON with a final newline). */
export function serializeRecord(record: SessionRecordFile): string {
  return `${JSON.stringify(record, null, 1)}\n`;
}
