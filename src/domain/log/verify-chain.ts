import {
  isWithheld,
  WITHHOLDABLE_KINDS,
  type EntryKind,
  type ExportedEntry,
  type WithheldEntry,
} from './entry';
import { hashEntry, type Sha256Hex } from './hash-chain';

// Checking a whole chain (see hash-chain.ts for the schemes). Its own module: the app writes
// entries at once but checks chains only when a record is exported or opened, so this loads then.

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

// A correction of a withheld entry repeats the words it corrects, so an export leaves it out too
// (report/withhold.ts). Only notes and the patient's words can be corrected in words, and a note
// is never withheld, so a withheld correction only ever hides a correction of the patient's words.
const WITHHELD_WITH_TARGET: ReadonlySet<EntryKind> = new Set<EntryKind>(['correction']);

/** Why a withheld entry may not be withheld, or undefined when it may. */
function withholdingProblem(e: WithheldEntry): string | undefined {
  if (e.v !== 2)
    return 'is marked as withheld, but it was written before entries could be withheld.';
  if (!WITHHOLDABLE_KINDS.has(e.kind) && !WITHHELD_WITH_TARGET.has(e.kind))
    return `is marked as withheld, but a "${e.kind}" entry can never be withheld.`;
  return undefined;
}
