import { applyCorrections } from '../log/corrections';
import type { AnyEntry, Entry } from '../log/entry';
import { inSeqOrder } from '../log/log-queries';
import type { Vitals } from '../log/observation';
import type { BpLimit, Protocol } from '../protocol/protocol';
import { niceRange } from './chart-scale';

// Blood pressure and heart rate over the session, with the provider's limits for shading, from
// every check-in and vitals entry. A blood-pressure point needs both numbers.

/** One measured value at its time. */
export interface VitalsPoint {
  at: number;
  value: number;
}

/** The session's vitals as lines, with the limits in force (the protocol stored on the session). */
export interface VitalsSeries {
  systolic: VitalsPoint[];
  diastolic: VitalsPoint[];
  heartRate: VitalsPoint[];
  bpLimit: BpLimit;
  heartRateLimit: { min: number; max: number };
}

function vitalsOf(e: AnyEntry): Vitals | undefined {
  if (e.kind === 'check-in') return e.data.vitals;
  return e.kind === 'vitals' ? e.data.vitals : undefined;
}

/** BP and heart-rate points in log order, with the provider's limits. */
export function vitalsSeries(entries: readonly Entry[], protocol: Protocol): VitalsSeries {
  const out: VitalsSeries = {
    systolic: [],
    diastolic: [],
    heartRate: [],
    bpLimit: protocol.sessionBp,
    heartRateLimit: protocol.heartRate,
  };
  for (const e of applyCorrections(inSeqOrder(entries)).entries as readonly AnyEntry[]) {
    const v = vitalsOf(e);
    if (v?.systolic !== undefined && v.diastolic !== undefined) {
      out.systolic.push({ at: e.at, value: v.systolic });
      out.diastolic.push({ at: e.at, value: v.diastolic });
    }
    if (v?.heartRate !== undefined) out.heartRate.push({ at: e.at, value: v.heartRate });
  }
  return out;
}

/** Whether there is anything to draw. */
export function hasVitals(s: VitalsSeries): boolean {
  return s.systolic.length > 0 || s.heartRate.length > 0;
}

/** Limits a measure's axis must show: a ceiling above which, and/or a floor below which, is out. */
export interface AxisLimits {
  above?: number;
  below?: number;
}

/**
 * An axis in whole `step`s holding every reading, each limit, and one step beyond each limit, so
 * the shaded zone outside a limit always shows even when every reading was within it.
 */
export function axisRange(
  points: readonly VitalsPoint[],
  step: number,
  limits: AxisLimits,
): [number, number] {
  const include = [
    ...(limits.above !== undefined ? [limits.above, limits.above + step] : []),
    ...(limits.below !== undefined ? [limits.below, limits.below - step] : []),
  ];
  return (
    niceRange(
      points.map((p) => p.value),
      step,
      include,
    ) ?? [0, step]
  );
}

/** The top number's axis, in steps of 20 mmHg. */
export function systolicAxis(s: VitalsSeries): [number, number] {
  return axisRange(s.systolic, 20, { above: s.bpLimit.systolic });
}

/** The bottom number's axis, in steps of 20 mmHg. */
export function diastolicAxis(s: VitalsSeries): [number, number] {
  return axisRange(s.diastolic, 20, { above: s.bpLimit.diastolic });
}

/** The heart-rate axis, in steps of 10 beats a minute. */
export function heartRateAxis(s: VitalsSeries): [number, number] {
  const { min, max } = s.heartRateLimit;
  return axisRange(s.heartRate, 10, { below: min, above: max });
}

/** Whether a BP reading is above the limit (either number above its limit). */
export function isBpOverLimit(systolic: number, diastolic: number, limit: BpLimit): boolean {
  return systolic > limit.systolic || diastolic > limit.diastolic;
}

/** Whether a heart rate is outside the provider's range. */
export function isHeartRateOutside(value: number, limit: { min: number; max: number }): boolean {
  return value < limit.min || value > limit.max;
}
