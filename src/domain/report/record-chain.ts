import type { ExportedEntry } from '../log/entry';
import type { Sha256Hex } from '../log/hash-chain';
import { verifyChain, type ChainBreak } from '../log/verify-chain';
import type { RecordHead } from './record-format';

// The checks of a record's entries against one another and against its head, each failing with a
// sentence a provider can act on. Entries are named by their seq ("entry 12"), as the app does.

/** A chain or head problem: what is wrong and, where it is one entry, which. */
export interface ChainProblem {
  kind: 'chain' | 'head';
  message: string;
  entrySeq?: number;
}

/** Duplicated, reordered or missing seq numbers, named precisely; one linear pass each. */
export function orderProblem(entries: readonly ExportedEntry[]): ChainProblem | undefined {
  const seen = new Set<number>();
  for (let i = 0; i < entries.length; i++) {
    const seq = entries[i]!.seq;
    if (seen.has(seq)) return chain(`Entry ${seq} appears twice.`, seq);
    seen.add(seq);
    const prev = entries[i - 1]?.seq;
    if (prev !== undefined && seq < prev)
      return chain(`Entries are out of order: entry ${seq} comes after entry ${prev}.`, seq);
  }
  const first = entries.findIndex((e, i) => e.seq !== i);
  if (first === 0) {
    const seq = entries[0]!.seq;
    return chain(`Entries are missing at the start: the record begins at entry ${seq}.`, 0);
  }
  if (first > 0) {
    const [before, after] = [entries[first - 1]!.seq, entries[first]!.seq];
    const gap =
      after - before === 2 ? `Entry ${before + 1} is` : `Entries ${before + 1} to ${after - 1} are`;
    return chain(`${gap} missing: entry ${before} is followed by entry ${after}.`, before + 1);
  }
  return undefined;
}

/** The first broken link or hash, in words; entries are already in order here. */
export async function linkProblem(
  entries: readonly ExportedEntry[],
  sessionId: string,
  sha256: Sha256Hex,
): Promise<ChainProblem | undefined> {
  const stranger = entries.find((e) => e.sessionId !== sessionId);
  if (stranger)
    return chain(
      `Entry ${stranger.seq} belongs to another session than this record.`,
      stranger.seq,
    );
  const result = await verifyChain(entries, sha256);
  return result.ok ? undefined : chain(breakMessage(result), result.seq);
}

function breakMessage(b: ChainBreak): string {
  const n = b.seq;
  switch (b.reason) {
    case 'hash-mismatch':
      return `Entry ${n} has been changed: its hash does not match.`;
    case 'prev-hash-mismatch':
      return (
        `Entry ${n} does not follow on from entry ${b.index - 1}: ` +
        'an entry before it was removed, inserted or changed.'
      );
    case 'not-withholdable':
      return b.message;
    default:
      return `Entry ${n} is out of place: ${b.message}`;
  }
}

/** Whether the head's count and last hash match the entries (entries cut or added at the end). */
export function headProblem(
  entries: readonly ExportedEntry[],
  head: RecordHead,
): ChainProblem | undefined {
  const n = entries.length;
  if (head.count > n) {
    const what = n === 0 ? 'All entries are missing' : `Entries are missing after entry ${n - 1}`;
    return {
      kind: 'head',
      message: `${what}: the record says ${head.count} entries.`,
      entrySeq: n,
    };
  }
  if (head.count < n) {
    const message =
      `The record holds ${n} entries but says ${head.count}: ` +
      `entries were added after entry ${head.count - 1}.`;
    return { kind: 'head', message, entrySeq: head.count };
  }
  if ((entries.at(-1)?.hash ?? '') !== head.lastHash) {
    const message =
      'The last entry does not match the last hash the record was signed with: ' +
      'the end of the log was replaced.';
    return { kind: 'head', message, entrySeq: n - 1 };
  }
  return undefined;
}

function chain(message: string, entrySeq: number | undefined): ChainProblem {
  return entrySeq === undefined ? { kind: 'chain', message } : { kind: 'chain', message, entrySeq };
}
