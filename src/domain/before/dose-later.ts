import { isKind, type Entry, type EntryData } from '../log/entry';
import { awaitingDose } from '../log/log-queries';

// A session started without a dose (the reading before it was too high, or the sitter started
// first): the dose is recorded later, when it is given, with what preparation said it would be.

/** Whether the active screen offers "Record the dose": started without one, none recorded yet. */
export function canRecordDoseLater(entries: readonly Entry[]): boolean {
  return awaitingDose(entries);
}

/** The planned dose's details from the preparation, when it recorded them. */
function plannedDose(entries: readonly Entry[]): Omit<EntryData['dose-recorded'], 'doseAt'> {
  const prep = entries.findLast((e): e is Entry<'prep-completed'> => isKind(e, 'prep-completed'));
  const planned = prep?.data.answers.plannedDose;
  if (typeof planned !== 'object' || planned === null) return {};
  const out: Omit<EntryData['dose-recorded'], 'doseAt'> = {};
  for (const key of ['medication', 'route', 'amount'] as const) {
    const value: unknown = (planned as Record<string, unknown>)[key];
    if (typeof value === 'string' && value.trim()) out[key] = value.trim();
  }
  return out;
}

/** The `dose-recorded` data for a dose given at `doseAt`, with the planned dose's details. */
export function laterDoseData(
  entries: readonly Entry[],
  doseAt: number,
): EntryData['dose-recorded'] {
  return { doseAt, ...plannedDose(entries) };
}
