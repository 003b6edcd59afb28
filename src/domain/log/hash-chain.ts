import { canonicalJson } from './canonical-json';
import type { Entry, UnsignedEntry } from './entry';

/** A SHA-256 function returning lowercase hex; injected so the domain stays free of platform APIs. */
export type Sha256Hex = (text: string) => Promise<string>;

/** The text that is hashed for an entry: previous hash followed by the entry's canonical JSON. */
export function hashInput(entry: UnsignedEntry): string {
  const { id, sessionId, seq, at, tzOffset, kind, data, prevHash } = entry;
  return prevHash + canonicalJson({ id, sessionId, seq, at, tzOffset, kind, data, prevHash });
}

/** Compute an entry's hash. */
export function hashEntry(entry: UnsignedEntry, sha256: Sha256Hex): Promise<string> {
  return sha256(hashInput(entry));
}

/** Where and why a chain broke. */
export interface ChainBreak {
  /** Position in the given array of the first entry that does not check out. */
  index: number;
  seq: number | undefined;
  reason: 'hash-mismatch' | 'prev-hash-mismatch' | 'seq-gap' | 'wrong-session';
  message: string;
}

/** The verdict on a whole log. */
export type ChainResult =
  { ok: true; count: number; lastHash: string } | ({ ok: false } & ChainBreak);

/**
 * Check a session's entries in order: seq runs 0, 1, 2, … without gaps, each prevHash is the
 * previous entry's hash and each hash matches the content. Reports the first broken link, which
 * catches an edited, deleted, inserted or reordered entry.
 */
export async function verifyChain(
  entries: readonly Entry[],
  sha256: Sha256Hex,
): Promise<ChainResult> {
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
    if ((await hashEntry(e, sha256)) !== e.hash) {
      return fail('hash-mismatch', `Entry ${index} has been changed since it was written.`);
    }
    prevHash = e.hash;
  }
  return { ok: true, count: entries.length, lastHash: prevHash };
}
