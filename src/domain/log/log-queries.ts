import type { BpLimit } from '../protocol/protocol';
import { isKind, type Entry, type EntryData } from './entry';

// Small questions asked of a session log by closing criteria, summaries and reminders.
// Entries are taken in `seq` order, which is the order they were written.

/** One blood-pressure reading (both numbers present), wherever it was recorded. */
export interface BpReading {
  at: number;
  systolic: number;
  diastolic: number;
  heartRate?: number;
  /** The entry the reading is in. */
  seq: number;
  /** The reading was corrected after it was written (set by the summary). */
  corrected?: boolean;
  /** `check-in` for vitals entered with a check-in; otherwise the `vitals` entry's context. */
  context: NonNullable<EntryData['vitals']['context']> | 'check-in';
}

/** Entries sorted by `seq`, without changing the caller's array. */
export function inSeqOrder<E extends Entry>(entries: readonly E[]): E[] {
  return [...entries].sort((a, b) => a.seq - b.seq);
}

/** When the dose was taken: the latest recorded dose, else the session start, else undefined. */
export function doseAtOf(entries: readonly Entry[]): number | undefined {
  // The latest dose is the conservative choice: monitoring time counts from the most recent dose.
  const doses = entries.filter((e) => isKind(e, 'dose-recorded')).map((e) => e.data.doseAt);
  if (doses.length > 0) return Math.max(...doses);
  return entries.find((e) => e.kind === 'session-started')?.at;
}

/** Whether the session was started without a dose: it was held, and may be recorded later. */
export function startedWithoutDose(entries: readonly Entry[]): boolean {
  const start = entries.find((e) => isKind(e, 'session-started'));
  return start !== undefined && isKind(start, 'session-started') && start.data.withoutDose === true;
}

/**
 * Whether the log is still before the dose: the session started without one and none is recorded
 * yet. Without the start's mark a missing dose means only that it was not recorded.
 */
export function awaitingDose(entries: readonly Entry[]): boolean {
  return startedWithoutDose(entries) && !entries.some((e) => isKind(e, 'dose-recorded'));
}

/** All check-in entries in `seq` order. */
export function checkIns(entries: readonly Entry[]): Entry<'check-in'>[] {
  return inSeqOrder(entries).filter((e): e is Entry<'check-in'> => isKind(e, 'check-in'));
}

/** Every blood-pressure reading in the log, oldest first; a reading needs both numbers. */
export function bpReadings(entries: readonly Entry[]): BpReading[] {
  const out: BpReading[] = [];
  for (const e of inSeqOrder(entries)) {
    const vitals = isKind(e, 'check-in')
      ? e.data.vitals
      : isKind(e, 'vitals')
        ? e.data.vitals
        : undefined;
    if (vitals?.systolic === undefined || vitals.diastolic === undefined) continue;
    const context = isKind(e, 'vitals') ? (e.data.context ?? 'other') : 'check-in';
    const reading: BpReading = {
      seq: e.seq,
      at: e.at,
      systolic: vitals.systolic,
      diastolic: vitals.diastolic,
      context,
    };
    if (vitals.heartRate !== undefined) reading.heartRate = vitals.heartRate;
    out.push(reading);
  }
  return out;
}

/** Whether a reading is within a limit; a limit is exceeded when either number is above it. */
export function isWithinBpLimit(
  r: { systolic: number; diastolic: number },
  limit: BpLimit,
): boolean {
  return r.systolic <= limit.systolic && r.diastolic <= limit.diastolic;
}

/**
 * First check-in at least `minMonitoringMin` after the dose where the patient responded normally
 * and had no nausea. An approximation: readiness is only observed at check-ins (it may have come a
 * little earlier), and steadiness and the closing blood pressure are not part of a check-in, so
 * they are not considered here.
 */
export function readyAtOf(
  entries: readonly Entry[],
  doseAt: number,
  minMonitoringMin: number,
): number | undefined {
  const ready = checkIns(entries).find((c) => {
    const { responsiveness, nausea } = c.data.observation;
    const longEnough = c.at - doseAt >= minMonitoringMin * 60_000;
    return longEnough && responsiveness === 'normal' && (nausea === undefined || nausea === 'none');
  });
  return ready?.at;
}
