import {
  isKind,
  WITHHOLDABLE_KINDS,
  type Entry,
  type EntryKind,
  type ExportedEntry,
} from '../log/entry';
import { dataHashOf, type Sha256Hex } from '../log/hash-chain';

// What the patient chooses to share. Their private entries are left out unless ticked; a left-out
// entry keeps its place in the chain (hash scheme v2), so the provider sees that it exists and what
// kind it is, and can still verify everything else.

/** The patient's choices for one export; both default to false (withheld). */
export interface ExportOptions {
  /** The sitter's notes of what the patient said (`patient-words`). */
  includePatientWords: boolean;
  /** The patient's own intention, mood and reflections. */
  includePatientEntries: boolean;
}

/** Nothing private is shared unless the patient ticks it. */
export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  includePatientWords: false,
  includePatientEntries: false,
};

/** Whether an entry is left out under `options`; never a v1 entry (its data is hashed in). */
export function isWithheldBy(e: Entry, options: ExportOptions): boolean {
  if (e.v !== 2 || !WITHHOLDABLE_KINDS.has(e.kind)) return false;
  return e.kind === 'patient-words' ? !options.includePatientWords : !options.includePatientEntries;
}

/**
 * The seqs of the entries left out under `options`, in a log in seq order: the private entries,
 * and every correction of one (a correction repeats the words it replaces and the new ones).
 */
export function withheldSeqs(entries: readonly Entry[], options: ExportOptions): Set<number> {
  const out = new Set<number>();
  for (const e of entries) {
    if (isWithheldBy(e, options)) out.add(e.seq);
    else if (e.v === 2 && isKind(e, 'correction') && out.has(e.data.targetSeq)) out.add(e.seq);
  }
  return out;
}

/** The entries as they go into an export: private ones withheld per `options`, in order. */
export function exportEntries(
  entries: readonly Entry[],
  options: ExportOptions,
  sha256: Sha256Hex,
): Promise<ExportedEntry[]> {
  const withheld = withheldSeqs(entries, options);
  return Promise.all(
    entries.map(async (e): Promise<ExportedEntry> => {
      // The action id only guards this device's log against repeats; it is not part of the record.
      if (!withheld.has(e.seq)) {
        const { actionId: _local, ...shared } = e;
        return shared;
      }
      const { id, sessionId, seq, at, tzOffset, kind, prevHash, hash } = e;
      const dataHash = await dataHashOf(e.data, sha256);
      return {
        id,
        sessionId,
        seq,
        at,
        tzOffset,
        kind,
        v: 2,
        dataHash,
        prevHash,
        hash,
        withheld: true,
      };
    }),
  );
}

const WITHHELD_WHAT: Partial<Record<EntryKind, string>> = {
  'patient-words': 'What the patient said',
  'patient-intention': 'The patient’s intention',
  'patient-mood': 'The patient’s mood',
  'patient-reflection': 'The patient’s reflection',
  correction: 'A correction of what the patient said',
};

/** The line shown in place of a withheld entry ("What the patient said: withheld by …"). */
export function withheldLine(kind: EntryKind): string {
  return `${WITHHELD_WHAT[kind] ?? kind}: withheld by the patient`;
}
