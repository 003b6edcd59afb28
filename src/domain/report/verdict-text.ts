import type { EntryKind } from '../log/entry';
import type { RecordVerdict } from './verify-record';

// The one sentence shown when a record is opened: intact and by which key, or what is wrong.

const WHAT: Partial<Record<EntryKind, [string, string]>> = {
  'patient-words': ['note of what they said', 'notes of what they said'],
  'patient-intention': ['intention', 'intentions'],
  'patient-mood': ['mood score', 'mood scores'],
  'patient-reflection': ['reflection', 'reflections'],
  correction: ['correction of what they said', 'corrections of what they said'],
};

/** "Intact and signed by key AB12-…. The patient kept 2 entries private: …", or the problem. */
export function verdictText(verdict: RecordVerdict): string {
  if (!verdict.ok) return verdict.problem.message;
  const intact = `Intact and signed by key ${verdict.fingerprint}.`;
  const parts = Object.entries(verdict.withheld).map(([kind, n]) => {
    const [one, many] = WHAT[kind as EntryKind] ?? [kind, kind];
    return `${n} ${n === 1 ? one : many}`;
  });
  if (parts.length === 0) return intact;
  return `${intact} The patient kept private: ${parts.join(', ')}.`;
}
