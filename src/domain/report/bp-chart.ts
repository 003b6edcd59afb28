import type { BpReading } from '../log/log-queries';
import type { BpLimit } from '../protocol/protocol';

// The small blood-pressure chart of the PDF, as data: minutes since the start on x, mmHg on y,
// systolic and diastolic as two series. The renderer only scales and draws.

/** One reading on the chart. */
export interface BpChartPoint {
  /** Minutes since the session start. */
  minute: number;
  systolic: number;
  diastolic: number;
}

/** Everything the renderer needs to draw the chart. */
export interface BpChart {
  points: BpChartPoint[];
  /** x runs from 0 to `xMax` minutes with a tick every `xStep`. */
  xMax: number;
  xStep: number;
  /** y runs from `yMin` to `yMax` mmHg with a gridline every `yStep`. */
  yMin: number;
  yMax: number;
  yStep: number;
  /** The in-session limit, drawn as dashed lines. */
  limit?: BpLimit;
  /** Minute of the dose, drawn as a marker. */
  doseMinute?: number;
}

const minutesBetween = (from: number, to: number) => Math.round((to - from) / 60_000);

/** The chart for the readings of a session, or undefined when there is none to draw. */
export function bpChart(
  readings: readonly BpReading[],
  startedAt: number,
  until: number,
  options: { doseAt?: number; limit?: BpLimit } = {},
): BpChart | undefined {
  if (readings.length === 0) return undefined;
  const points = readings.map((r) => ({
    minute: Math.max(0, minutesBetween(startedAt, r.at)),
    systolic: r.systolic,
    diastolic: r.diastolic,
  }));
  const span = Math.max(30, minutesBetween(startedAt, until), ...points.map((p) => p.minute));
  const xStep = span <= 180 ? 30 : span <= 480 ? 60 : 120;
  const values = points.flatMap((p) => [p.systolic, p.diastolic]);
  if (options.limit) values.push(options.limit.systolic, options.limit.diastolic);
  const yMin = Math.min(60, Math.floor((Math.min(...values) - 10) / 20) * 20);
  const yMax = Math.max(180, Math.ceil((Math.max(...values) + 10) / 20) * 20);
  return {
    points,
    xMax: Math.ceil(span / xStep) * xStep,
    xStep,
    yMin: Math.max(0, yMin),
    yMax,
    yStep: 20,
    ...(options.limit && { limit: options.limit }),
    ...(options.doseAt !== undefined && {
      doseMinute: Math.max(0, minutesBetween(startedAt, options.doseAt)),
    }),
  };
}
