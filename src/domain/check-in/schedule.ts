import { DEFAULT_PROTOCOL } from '../protocol/protocol';

// The check-in clock. Due times are absolute epoch ms on a grid `anchorAt + k * interval` (k ≥ 1),
// where the anchor is the last check-in (or the session start). Everything here is derived from
// the anchor and `now`, so a phone that slept or a throttled timer shows the true state on wake.

/** The gentle chime sounds this long before a check-in is due. */
export const PRE_ALERT_MS = 60_000;
/** Overdue this long, the alarm turns urgent. */
export const URGENT_MS = 2 * 60_000;
/** Overdue this long without a check-in, the due time is recorded as missed. */
export const MISSED_MS = 5 * 60_000;
/** Most missed due times one call to `missedDueTimes` returns. */
export const MAX_MISSED_PER_CALL = 500;
/** Shortest interval the schedule accepts, minutes. */
export const MIN_INTERVAL_MIN = 1;

/** Where the countdown stands. */
export type SchedulePhase = 'waiting' | 'pre-alert' | 'due' | 'urgent';

/** The anchor, the interval and the clock. */
export interface ScheduleInput {
  anchorAt: number;
  intervalMin: number;
  now: number;
  /** False when the sitter turned the one-minute chime off; then there is no pre-alert phase. */
  preAlert?: boolean;
  /** A re-check brought forward (see recheck.ts): due then, if that is before the usual time. */
  recheckAt?: number;
}

/** The state of the check-in clock at `now`. */
export interface ScheduleState {
  /** The due time the countdown and the alarm refer to: the first one not yet met. */
  nextDueAt: number;
  /** `nextDueAt - now`; negative when overdue; within [0, interval] when the clock is behind. */
  msToDue: number;
  phase: SchedulePhase;
  /** How long past `nextDueAt`; 0 before it. */
  overdueMs: number;
  /** The first due time after the anchor (same as `nextDueAt`). */
  firstDueAt: number;
  /** The most recent grid due time at or before `now`, or `firstDueAt` when none has passed. */
  latestDueAt: number;
  /** The next grid due time strictly after `now`. */
  upcomingDueAt: number;
  /** How many grid due times have passed without a check-in. */
  passedDueCount: number;
  /** True when `now` is before the anchor: the device clock went backwards. */
  clockBehind: boolean;
  /** The due time is a re-check brought forward, not the usual interval. */
  recheck: boolean;
}

/** The check-in interval in ms, made safe: NaN falls back to the default, tiny values to 1 min. */
export function intervalMs(intervalMin: number): number {
  // A zero or negative interval would make every instant due and the missed loop endless.
  if (!Number.isFinite(intervalMin)) return DEFAULT_PROTOCOL.intervalMin * 60_000;
  return Math.round(Math.max(intervalMin, MIN_INTERVAL_MIN) * 60_000);
}

/** The phase for a given time to the due time. */
function phaseFor(msToDue: number, preAlert: boolean): SchedulePhase {
  if (msToDue > PRE_ALERT_MS) return 'waiting';
  if (msToDue > 0) return preAlert ? 'pre-alert' : 'waiting';
  // Once due, the alarm stays on until a check-in moves the anchor.
  return -msToDue >= URGENT_MS ? 'urgent' : 'due';
}

/** Where the check-in clock stands at `now`. */
export function scheduleState(input: ScheduleInput): ScheduleState {
  const { anchorAt, now } = input;
  const iv = intervalMs(input.intervalMin);
  const usual = anchorAt + iv;
  // A re-check counts only when it comes before the usual due time and after the anchor.
  const recheck =
    input.recheckAt !== undefined && input.recheckAt > anchorAt && input.recheckAt < usual;
  const firstDueAt = recheck ? input.recheckAt! : usual;
  if (now < anchorAt) {
    // The clock went backwards: show one full interval rather than a countdown longer than it.
    return {
      nextDueAt: firstDueAt,
      msToDue: iv,
      phase: 'waiting',
      overdueMs: 0,
      firstDueAt,
      latestDueAt: firstDueAt,
      upcomingDueAt: firstDueAt,
      passedDueCount: 0,
      clockBehind: true,
      recheck,
    };
  }
  const msToDue = firstDueAt - now;
  const elapsedSlots = Math.floor((now - anchorAt) / iv);
  return {
    nextDueAt: firstDueAt,
    msToDue,
    phase: phaseFor(msToDue, input.preAlert ?? true),
    overdueMs: Math.max(0, -msToDue),
    firstDueAt,
    latestDueAt: elapsedSlots >= 1 ? anchorAt + elapsedSlots * iv : firstDueAt,
    upcomingDueAt: anchorAt + (elapsedSlots + 1) * iv,
    passedDueCount: elapsedSlots,
    clockBehind: false,
    recheck,
  };
}

/** What `missedDueTimes` needs: the schedule plus the due times already recorded as missed. */
export interface MissedInput {
  anchorAt: number;
  intervalMin: number;
  now: number;
  /** `dueAt` of the session's existing `check-in-missed` entries. */
  alreadyRecorded: readonly number[];
  /**
   * At most this many are returned (default MAX_MISSED_PER_CALL); the rest come on the next call.
   */
  limit?: number;
}

/** Due times at least MISSED_MS overdue with no missed entry yet, oldest first. */
export function missedDueTimes(input: MissedInput): number[] {
  const { anchorAt, now } = input;
  const iv = intervalMs(input.intervalMin);
  const lastK = Math.floor((now - MISSED_MS - anchorAt) / iv);
  // Also false for NaN, and for a clock behind the anchor.
  if (!(lastK >= 1)) return [];
  const recorded = new Set(input.alreadyRecorded);
  const limit = input.limit ?? MAX_MISSED_PER_CALL;
  const out: number[] = [];
  // Stops after `limit` new ones, so a clock years ahead costs at most recorded + limit steps.
  for (let k = 1; k <= lastK && out.length < limit; k++) {
    const dueAt = anchorAt + k * iv;
    if (!recorded.has(dueAt)) out.push(dueAt);
  }
  return out;
}
