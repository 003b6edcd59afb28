import { canonicalJson } from './canonical-json';
import type { UnsignedEntry, WithheldEntry } from './entry';

// Two hash schemes live side by side. v1 (entries without `v`, written before withholding existed):
//   hash = SHA-256(prevHash + canonicalJson({ id, sessionId, seq, at, tzOffset, kind, data,
//                                             prevHash }))
// v2 (`v: 2`): the data is hashed on its own, so an export can leave it out and still be verified:
//   dataHash = SHA-256(canonicalJson(data))
//   hash = SHA-256(prevHash + canonicalJson({ id, sessionId, seq, at, tzOffset, kind, v: 2,
//                                             dataHash, prevHash }))

/**
 * A SHA-256 function returning lowercase hex; injected so the domain stays free of platform APIs.
 */
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
