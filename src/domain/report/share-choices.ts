import type { Entry } from '../log/entry';
import { DEFAULT_EXPORT_OPTIONS, isWithheldBy } from './withhold';

// What the share screen says around an export: how many entries each of the patient's choices
// covers, and what happened to the file, in plain words.

/**
 * How many entries each choice covers (left out of the export unless the patient ticks it), and
 * how many of the sitter's own notes go to the provider whatever is ticked.
 */
export interface PrivateCounts {
  /** The sitter's notes of what the patient said. */
  patientWords: number;
  /** The patient's own intention, mood and reflections. */
  patientEntries: number;
  /** The sitter's own observations (`note`): part of the safety record, always shared. */
  sitterNotes: number;
}

/** Counts of the entries withheld by default, by choice, and of the sitter's own notes. */
export function privateCounts(entries: readonly Entry[]): PrivateCounts {
  const counts: PrivateCounts = { patientWords: 0, patientEntries: 0, sitterNotes: 0 };
  for (const e of entries) {
    if (e.kind === 'note') counts.sitterNotes++;
    if (!isWithheldBy(e, DEFAULT_EXPORT_OPTIONS)) continue;
    if (e.kind === 'patient-words') counts.patientWords++;
    else counts.patientEntries++;
  }
  return counts;
}

/** What became of a file: shared through the share sheet, downloaded, or the sheet was closed. */
export type HandOver = 'shared' | 'downloaded' | 'cancelled';

/** The status line after an export, e.g. "Saved to your downloads as sitwell-….pdf." */
export function handOverText(outcome: HandOver, fileName: string): string {
  if (outcome === 'shared') return `Shared ${fileName}.`;
  if (outcome === 'downloaded') return `Saved to your downloads as ${fileName}.`;
  return `Not shared: the share sheet was closed before ${fileName} was sent.`;
}

/** "1 note" / "3 notes": a count with its noun. */
export function countOf(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
