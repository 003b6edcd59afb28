import { isoWithOffset } from '../format/time';
import { isSaved, type Entry } from '../log/entry';
import type { Sha256Hex } from '../log/hash-chain';
import { inSeqOrder } from '../log/log-queries';
import type { SessionRecord } from '../log/session';
import {
  RECORD_FORMAT,
  RECORD_VERSION,
  recordContacts,
  sessionHashOf,
  signedText,
  type PublicKeyJwk,
  type RecordHead,
  type RecordSession,
  type SessionRecordFile,
} from './record-format';
import { DEFAULT_EXPORT_OPTIONS, exportEntries, type ExportOptions } from './withhold';

// Builds the signed JSON record of one session. Pure: hashing and signing are passed in.

/** Signs with the device's key (see platform/signing.ts); `sign` returns base64url (r||s). */
export interface RecordSigner {
  publicKeyJwk: PublicKeyJwk;
  fingerprint: string;
  sign: (text: string) => Promise<string>;
}

/** What goes into a record. */
export interface RecordInput {
  session: SessionRecord;
  /** The session's entries; entries not saved yet (no hash) are left out. */
  entries: readonly Entry[];
  options?: ExportOptions;
  /** The app's version, from package.json. */
  appVersion: string;
  /** Export time, epoch ms, and the device's offset then (minutes east of UTC). */
  now: number;
  tzOffset: number;
}

/** The signed record of a session, with private entries withheld unless `options` include them. */
export async function buildSessionRecord(
  input: RecordInput,
  sha256: Sha256Hex,
  signer: RecordSigner,
): Promise<SessionRecordFile> {
  const { session } = input;
  const saved = inSeqOrder(input.entries.filter(isSaved));
  const entries = await exportEntries(saved, input.options ?? DEFAULT_EXPORT_OPTIONS, sha256);
  const exportedAt = isoWithOffset(input.now, input.tzOffset);
  const described: RecordSession = {
    id: session.id,
    createdAt: session.createdAt,
    people: session.people,
    protocol: session.protocol,
    contacts: recordContacts(session.contacts),
  };
  const head: RecordHead = {
    sessionId: session.id,
    count: entries.length,
    lastHash: entries.at(-1)?.hash ?? '',
    exportedAt,
    sessionHash: await sessionHashOf(described, sha256),
  };
  const { publicKeyJwk, fingerprint } = signer;
  return {
    format: RECORD_FORMAT,
    version: RECORD_VERSION,
    app: { name: 'Sitwell', version: input.appVersion },
    exportedAt,
    session: described,
    entries,
    head,
    signature: {
      alg: 'ES256',
      publicKeyJwk,
      fingerprint,
      value: await signer.sign(signedText(head)),
    },
  };
}
