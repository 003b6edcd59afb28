import { canonicalJson } from './canonical-json';
import {
  isWithheld,
  WITHHOLDABLE_KINDS,
  type ExportedEntry,
  type UnsignedEntry,
  type WithheldEntry,
} from './entry';

// Two hash schemes live side by side. v1 (entries without `v`, written before withholding existed):
//   hash = SHA-256(prevHash + canonicalJson({ id, sessionId, seq, at, tzOffset, kind, data,
//                                             prevHash }))
// v2 (`v: 2`): the data is hashed on its own, so an export can leave it out and still be verified:
//   dataHash = SHA-256(canonicalJson(data))
//   hash = SHA-256(prevHash + canonicalJson({ id, sessionId, seq, at, tzOffset, kind, v: 2,
//                                             dataHash, prevHash }))

/** A SHA-256 function returning lowercase hex; injected so the domain stays free of platform APIs. */
export type Sha256Hex = (text: string) => Promise<string>;

/** An entry that can be hashed: a complete one (v1 or v2) or a withheld one without its hash. */
export type HashableEntry = UnsignedEntry | Omit<WithheldEntry, 'hash'>;

/** The text hashed for an entry; a v2 entry needs `dataHash`, the hash of its canonical data. */
export function hashInput(entry: HashableEntry, dataHash?: string): string {
  const { id, sessionId, seq, at, tzOffset, kind, prevHash } = entry;
  if (entry.v !== 2) {
    const { data } = entry as UnsignedEntry;
    return prevHash + canonicalJson({ id, sessionId, seq, at, tzOffset, kind, data, prevHash });
  }
  if (dataHash === undefined) throw new TypeError('A v2 entry is hashed with its data hash.');
  const header = { id, sessionId, seq, at, tzOffset, kind, v: 2, dataHash, prevHash };
  return prevHash + canonicalJson(header);
}

/** SHA-256 of an entry's canonical data (the `dataHash` of hash scheme v2). */
export function dataHashOf(data: unknown, sha256: Sha256Hex): Promise<string> {
  return sha256(canonicalJson(data));
}

/** Compute an entry's hash under its own scheme (a withheld entry brings its data hash along). */
export async function hashEntry(entry: HashableEntry, sha256: Sha256Hex): Promise<string> {
  if (entry.v !== 2) return sha256(hashInput(entry));
  const dataHash =
    'withheld' in entry ? entry.dataHash : await dataHashOf((entry as UnsignedEntry).data, sha256);
  return sha256(hashInput(entry, dataHash));
}

/** Where and why a chain broke. */
export interface ChainBreak {
  /** Position in the given array of the first entry that does not check out. */
  index: number;
  seq: number | undefined;
  reason: 'hash-mismatch' | 'prev-hash-mismatch' | 'seq-gap' | 'wrong-session' | 'not-withholdable';
  message: string;
}

/** The verdict on a whole log. */
export type ChainResult =
  { ok: true; count: number; lastHash: string } | ({ ok: false } & ChainBreak);

/**
 * Check a session's entries in order: seq runs 0, 1, 2, … without gaps, each prevHash is the
 * previous entry's hash and each hash matches the content (v1, v2, or v2 withheld). Reports the
 * first broken link, which catches an edited, deleted, inserted or reordered entry. Hashes are
 * computed concurrently up front (WebCrypto is asynchronous), then the links are checked in order.
 */
export async function verifyChain(
  entries: readonly ExportedEntry[],
  sha256: Sha256Hex,
): Promise<ChainResult> {
  const hashes = await Promise.all(entries.map((e) => hashEntry(e, sha256).catch(() => undefined)));
  let prevHash = '';
  const sessionId = entries[0]?.sessionId;
  for (let index = 0; index < entries.length; index++) {
    const e = entries[index]!;
    const fail = (reason: ChainBreak['reason'], message: string): ChainResult => ({
      ok: false,
      index,
      seq: e.seq,
      reason,
      message,
    });
    if (e.sessionId !== sessionId)
      return fail('wrong-session', `Entry ${index} belongs to another session.`);
    if (e.seq !== index)
      return fail('seq-gap', `Entry ${index} has sequence number ${e.seq}; expected ${index}.`);
    if (e.prevHash !== prevHash) {
      return fail(
        'prev-hash-mismatch',
        `Entry ${index} does not follow on from the entry before it.`,
      );
    }
    const withheldProblem = isWithheld(e) ? withholdingProblem(e) : undefined;
    if (withheldProblem) return fail('not-withholdable', `Entry ${index} ${withheldProblem}`);
    if (hashes[index] !== e.hash) {
      return fail('hash-mismatch', `Entry ${index} has been changed since it was written.`);
    }
    prevHash = e.hash;
  }
  return { ok: true, count: entries.length, lastHash: prevHash };
}

/** Why a withheld entry may not be withheld, or undefined when it may. */
function withholdingProblem(e: WithheldEntry): string | undefined {
  if (e.v !== 2)
    return 'is marked as withheld, but it was written before entries could be withheld.';
  if (!WITHHOLDABLE_KINDS.has(e.kind))
    return `is marked as withheld, but a "${e.kind}" entry can never be withheld.`;
  return undefined;
}
