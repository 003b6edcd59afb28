import { isKind, type Entry, type EntryData } from '../log/entry';

// A re-check brought forward by a prompt (reduced responsiveness, a very high blood pressure,
// before the dose or after, distress, a noisy airway): open until a blood-pressure reading
// (bp-crisis, bp-predose) or a check-in (every other reason) follows it.

/** The re-check still to do, with when and why. */
export interface PendingRecheck {
  dueAt: number;
  reason: EntryData['recheck-scheduled']['reason'];
  /** When it was scheduled. */
  at: number;
}

/** Whether an entry does what a re-check of `reason` asked for. */
function satisfies(e: Entry, reason: PendingRecheck['reason']): boolean {
  if (reason !== 'bp-crisis' && reason !== 'bp-predose') return isKind(e, 'check-in');
  const vitals = isKind(e, 'check-in') || isKind(e, 'vitals') ? e.data.vitals : undefined;
  return vitals?.systolic !== undefined && vitals.diastolic !== undefined;
}

/** The latest re-check not yet done, or undefined. */
export function pendingRecheck(entries: readonly Entry[]): PendingRecheck | undefined {
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i] as Entry;
    if (!isKind(e, 'recheck-scheduled')) continue;
    const { dueAt, reason } = e.data;
    const done = entries.slice(i + 1).some((later) => satisfies(later, reason));
    return done ? undefined : { dueAt, reason, at: e.at };
  }
  return undefined;
}

/** Why the countdown is shorter, in words for the timer screen. */
export const RECHECK_WHY: Record<PendingRecheck['reason'], string> = {
  responsiveness: 'Re-check brought forward: they were hard to rouse.',
  'bp-crisis': 'Measure blood pressure again: the last reading was 180/120 or higher.',
  'bp-predose': 'Measure blood pressure again: the last reading was too high to give the dose.',
  distress: 'Re-check brought forward: they were distressed.',
  airway: 'Re-check in 2 minutes: did the noisy breathing clear once they were on their side?',
};
