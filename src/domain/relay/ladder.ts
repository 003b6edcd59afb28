import { REALERT_MS } from './limits';
import type { EventClass } from './wire';

// The dead-man's switch as pure functions of time: when a deadline falls, which rungs of the
// ladder are in force and which round of re-alerts is due. The relay's sweeper stores one outbox
// row per (alert, recipient, kind, round), so calling these again never sends twice.

/** Why an alert was opened: a passed deadline, or an emergency event from the sitter. */
export type AlertKind = 'overdue' | 'emergency';

/** Who a rung reaches: the sitter's own device, the clinic's devices, the backup contact. */
export type Rung = 'sitter' | 'clinic' | 'backup';

/** A session's ladder minutes, in ms. */
export interface LadderTimes {
  missedAfterMs: number;
  clinicAfterMs: number;
  backupAfterMs: number;
}

/** The deadline for a due time: due + the protocol's missed threshold. */
export function deadlineFor(nextDueAt: number | null, t: LadderTimes): number | null {
  return nextDueAt === null ? null : nextDueAt + t.missedAfterMs;
}

/** When each rung starts for an alert opened at `startAt`, in the ladder's order. */
export function rungStarts(
  kind: AlertKind,
  startAt: number,
  t: LadderTimes,
): { rung: Rung; at: number }[] {
  // An emergency goes to the clinic at once; the sitter raised it and needs no backup alarm.
  if (kind === 'emergency')
    return [
      { rung: 'clinic', at: startAt },
      { rung: 'backup', at: startAt + t.backupAfterMs },
    ];
  return [
    { rung: 'sitter', at: startAt },
    { rung: 'clinic', at: startAt + t.clinicAfterMs },
    { rung: 'backup', at: startAt + t.backupAfterMs },
  ];
}

/**
 * The rungs in force at `now` and, for each, the round due now (0 at its start, one more every
 * REALERT_MS). After a pause (a relay restart) only the current round is due, never a burst.
 */
export function dueRounds(
  kind: AlertKind,
  startAt: number,
  t: LadderTimes,
  now: number,
): { rung: Rung; round: number }[] {
  return rungStarts(kind, startAt, t)
    .filter((s) => now >= s.at)
    .map((s) => ({ rung: s.rung, round: Math.floor((now - s.at) / REALERT_MS) }));
}

/** What a newly stored event does to the session's alerts. */
export interface EventEffect {
  /** Alert kinds this event closes ("all clear"). */
  closes: AlertKind[];
  /** Opens an emergency alert at once. */
  emergency: boolean;
  /** Ends the session: no more deadlines. */
  ends: boolean;
}

/**
 * The effect of an event. Only the latest event (highest seq) moves the deadline or closes
 * alerts: an old one arriving late says nothing about now.
 */
export function eventEffect(cls: EventClass, isLatest: boolean): EventEffect {
  const none: EventEffect = { closes: [], emergency: false, ends: false };
  if (cls === 'emergency') return { ...none, emergency: true };
  if (!isLatest) return none;
  if (cls === 'check-in') return { ...none, closes: ['overdue'] };
  if (cls === 'resolved') return { ...none, closes: ['overdue', 'emergency'] };
  if (cls === 'ended') return { closes: ['overdue', 'emergency'], emergency: false, ends: true };
  return none;
}

/** When the next outbox row falls due after `now` (a rung starting or a round), or null. */
export function nextRoundAt(kind: AlertKind, startAt: number, t: LadderTimes, now: number): number {
  const times = rungStarts(kind, startAt, t).map((s) =>
    now < s.at ? s.at : s.at + (Math.floor((now - s.at) / REALERT_MS) + 1) * REALERT_MS,
  );
  return Math.min(...times);
}

/** Where an alert's ladder counts from: the deadline itself, or the moment of an emergency. */
export function ladderStart(kind: AlertKind, deadlineAt: number, openedAt: number): number {
  return kind === 'overdue' ? deadlineAt : openedAt;
}
