import { clockMadeMissed } from '../log/clock-changes';
import { applyCorrections } from '../log/corrections';
import { isKind, type Entry, type EntryData } from '../log/entry';
import {
  bpReadings,
  checkIns,
  doseAtOf,
  inSeqOrder,
  readyAtOf,
  type BpReading,
} from '../log/log-queries';
import type { Protocol } from '../protocol/protocol';

// The figures a patient and a provider want from one session, derived from the log alone
// (after the REMS monitoring form [PMF]: monitoring minutes, when ready, BP at its time points).

/** Moved to log-queries (the per-session digest needs it); re-exported for existing callers. */
export { readyAtOf } from '../log/log-queries';

/** A span of time between two moments. */
export interface Gap {
  from: number;
  to: number;
  ms: number;
}

/** Summary figures of one session. Times are epoch ms; durations are ms. */
export interface SessionSummary {
  startedAt?: number;
  /** When `session-ended` was written; undefined while the session runs. */
  endedAt?: number;
  /** Where the figures stop: `endedAt`, else `now`, else the last entry. */
  until?: number;
  /** The latest recorded dose, else the session start (see `doseRecorded`). */
  doseAt?: number;
  doseRecorded: boolean;
  /** Session start to `until`. */
  monitoringMs: number;
  /** First check-in at which the patient looked ready to end; see `readyAtOf`. */
  readyAt?: number;
  doseToReadyMs?: number;
  checkInCount: number;
  missedCount: number;
  /** Check-ins logged as missed only because the device clock jumped ahead (not counted above). */
  clockMissedCount: number;
  /** Longest stretch without a check-in, counting from the start and up to `until`. */
  longestGap?: Gap;
  /** `alarm-raised` entries; `pre` is the one-minute chime, `total` counts every level. */
  alarms: { total: number; pre: number; due: number; urgent: number };
  escalations: ({ at: number } & EntryData['escalation-shown'])[];
  escalationActions: ({ at: number } & EntryData['escalation-action'])[];
  bpReadings: BpReading[];
  endReason?: string;
  /** The closing criteria as recorded when the session ended. */
  endCriteria?: Record<string, boolean>;
}

/** Summarise a session; pass `now` for a running one (an ended session stops at its end). */
export function sessionSummary(
  entries: readonly Entry[],
  protocol: Protocol,
  now?: number,
): SessionSummary {
  // Every figure uses corrected values; corrected readings are marked as such.
  const { entries: corrected, changes } = applyCorrections(inSeqOrder(entries));
  const log = corrected;
  const startedAt = (log.find((e) => e.kind === 'session-started') ?? log[0])?.at;
  const ended = log.findLast((e): e is Entry<'session-ended'> => isKind(e, 'session-ended'));
  const until = ended?.at ?? now ?? log.at(-1)?.at;
  const doseAt = doseAtOf(log);
  const readyAt =
    doseAt === undefined ? undefined : readyAtOf(log, doseAt, protocol.minMonitoringMin);
  return {
    startedAt,
    endedAt: ended?.at,
    until,
    doseAt,
    doseRecorded: log.some((e) => e.kind === 'dose-recorded'),
    monitoringMs:
      startedAt !== undefined && until !== undefined ? Math.max(0, until - startedAt) : 0,
    readyAt,
    doseToReadyMs: readyAt !== undefined && doseAt !== undefined ? readyAt - doseAt : undefined,
    checkInCount: checkIns(log).length,
    ...missedCounts(log),
    longestGap: longestGap(log, startedAt, until),
    alarms: alarmCounts(log),
    escalations: log.flatMap((e) =>
      isKind(e, 'escalation-shown') ? [{ at: e.at, ...e.data }] : [],
    ),
    escalationActions: log.flatMap((e) =>
      isKind(e, 'escalation-action') ? [{ at: e.at, ...e.data }] : [],
    ),
    bpReadings: bpReadings(log).map((r) =>
      (changes.get(r.seq) ?? []).some((c) => c.field.startsWith('vitals.'))
        ? { ...r, corrected: true }
        : r,
    ),
    endReason: ended?.data.reason,
    endCriteria: ended?.data.criteria,
  };
}

/** Longest time without a check-in: start → first, between check-ins, last → `until`. */
export function longestGap(
  entries: readonly Entry[],
  startedAt?: number,
  until?: number,
): Gap | undefined {
  if (startedAt === undefined || until === undefined) return undefined;
  const points = [startedAt, ...checkIns(entries).map((c) => c.at), until];
  let best: Gap | undefined;
  for (let i = 1; i < points.length; i++) {
    const from = points[i - 1]!;
    const to = points[i]!;
    if (!best || to - from > best.ms) best = { from, to, ms: to - from };
  }
  return best;
}

function alarmCounts(entries: readonly Entry[]): SessionSummary['alarms'] {
  const counts = { total: 0, pre: 0, due: 0, urgent: 0 };
  for (const e of entries) {
    if (!isKind(e, 'alarm-raised')) continue;
    counts.total++;
    counts[e.data.level]++;
  }
  return counts;
}

/** Missed check-ins, real ones apart from those a clock jump made (see log/clock-changes). */
function missedCounts(log: readonly Entry[]): { missedCount: number; clockMissedCount: number } {
  const all = log.filter((e) => e.kind === 'check-in-missed').length;
  const made = clockMadeMissed(log).size;
  return { missedCount: all - made, clockMissedCount: made };
}

/** "12 done, 1 missed", with the check-ins a clock jump made look missed named apart. */
export function checkInLine(s: SessionSummary): string {
  const clock =
    s.clockMissedCount > 0
      ? ` (${s.clockMissedCount} more logged as missed only because the device clock jumped)`
      : '';
  return `${s.checkInCount} done, ${s.missedCount} missed${clock}`;
}
