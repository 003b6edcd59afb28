import { withStructuredCorrections } from '../log/corrections-hook';
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
  for (const e of withStructuredCorrections(inSeqOrder(entries)) as readonly AnyEntry[]) {
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

const values = (points: readonly VitalsPoint[]): number[] => points.map((p) => p.value);

/** The BP axis in steps of 20 mmHg, always showing both limits so the shading has an edge. */
export function bpRange(s: VitalsSeries): [number, number] {
  const include = [s.bpLimit.systolic, s.bpLimit.diastolic];
  return niceRange([...values(s.systolic), ...values(s.diastolic)], 20, include) ?? [60, 180];
}

/** The heart-rate axis in steps of 10 beats a minute, always showing both limits. */
export function heartRateRange(s: VitalsSeries): [number, number] {
  const { min, max } = s.heartRateLimit;
  return niceRange(values(s.heartRate), 10, [min, max]) ?? [min - 10, max + 10];
}

/** Whether a BP reading is above the limit (either number above its limit). */
export function isBpOverLimit(systolic: number, diastolic: number, limit: BpLimit): boolean {
  return systolic > limit.systolic || diastolic > limit.diastolic;
}

/** Whether a heart rate is outside the provider's range. */
export function isHeartRateOutside(value: number, limit: { min: number; max: number }): boolean {
  return value < limit.min || value > limit.max;
}
