import { addMinutes, startOfDay } from 'date-fns';

// Small, pure helpers for the review charts: scales, rounded value ranges and time-axis ticks.
// The SVG components only map numbers through these; nothing here knows about pixels or colours.

/** Map a value from `domain` to `range` linearly; a zero-width domain maps to mid-range. */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): (v: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return () => (r0 + r1) / 2;
  return (v) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
}

/** The smallest range of whole `step`s holding every value (and `include`, e.g. limits). */
export function niceRange(
  values: readonly number[],
  step: number,
  include: readonly number[] = [],
): [number, number] | undefined {
  const all = [...values, ...include].filter(Number.isFinite);
  if (all.length === 0) return undefined;
  const lo = Math.floor(Math.min(...all) / step) * step;
  const hi = Math.ceil(Math.max(...all) / step) * step;
  if (hi !== lo) return [lo, hi];
  // One value: a band around it, but never below zero for a value that cannot be negative.
  return lo >= 0 && lo - step < 0 ? [0, hi + step] : [lo - step, hi + step];
}

/** Tick spacings the time axis may use, in minutes. */
export const TICK_STEPS_MIN = [15, 30, 60, 120] as const;

/** A tick on the time axis: every 15, 30, 60 or 120 minutes on the local clock. */
export interface TimeTick {
  at: number;
  /** On the hour: drawn a little stronger and always labelled. */
  hour: boolean;
}

/** The step that keeps the axis to at most `maxTicks` ticks between `from` and `to`. */
export function tickStepMin(from: number, to: number, maxTicks = 7): number {
  const spanMin = Math.max(0, to - from) / 60_000;
  return (
    TICK_STEPS_MIN.find((s) => spanMin / s <= maxTicks) ?? 60 * Math.ceil(spanMin / 60 / maxTicks)
  );
}

/** Ticks at round local clock times (e.g. 14:00, 14:30) within [from, to]. */
export function timeTicks(from: number, to: number, maxTicks = 7): TimeTick[] {
  if (!(to >= from)) return [];
  const step = tickStepMin(from, to, maxTicks);
  const ticks: TimeTick[] = [];
  // Walk from local midnight so the ticks fall on round clock times in the device's time zone.
  let t = startOfDay(from).getTime();
  for (let k = 1; t < from; k++) t = addMinutes(startOfDay(from), k * step).getTime();
  for (let k = 0; t <= to; k++) {
    ticks.push({ at: t, hour: new Date(t).getMinutes() === 0 });
    t = addMinutes(t, step).getTime();
  }
  return ticks;
}
