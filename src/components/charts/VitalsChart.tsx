import { numberText, clockTime } from '../../domain/format/time';
import { linearScale, timeTicks } from '../../domain/review/chart-scale';
import {
  diastolicAxis,
  hasVitals,
  heartRateAxis,
  systolicAxis,
  isBpOverLimit,
  isHeartRateOutside,
  type VitalsPoint,
  type VitalsSeries,
} from '../../domain/review/vitals-series';
import { CHART_WIDTH, ChartFigure, Line, TimeAxis, ValueGrid } from './ChartParts';
import { VitalsTable } from './VitalsTable';

// Blood pressure and heart rate against time, one small panel each (top number, bottom number,
// heart rate), with the range outside the provider's limits shaded and readings there drawn
// larger, so nothing depends on colour alone.

const LEFT = 34;
const RIGHT = CHART_WIDTH - 8;
const PANEL = 50;
const STEP = 70;

interface Panel {
  label: string;
  points: VitalsPoint[];
  range: [number, number];
  /** Value ranges shaded as outside the limits. */
  zones: [number, number][];
  limits: number[];
  outside: (v: number) => boolean;
}

const UP = Number.POSITIVE_INFINITY;
const DOWN = Number.NEGATIVE_INFINITY;

/** The panels that have readings. */
function panels(s: VitalsSeries): Panel[] {
  const { bpLimit: bp, heartRateLimit: hr } = s;
  const all: Panel[] = [
    {
      label: 'Blood pressure, top number',
      points: s.systolic,
      range: systolicAxis(s),
      zones: [[bp.systolic, UP]],
      limits: [bp.systolic],
      outside: (v) => isBpOverLimit(v, 0, bp),
    },
    {
      label: 'Blood pressure, bottom number',
      points: s.diastolic,
      range: diastolicAxis(s),
      zones: [[bp.diastolic, UP]],
      limits: [bp.diastolic],
      outside: (v) => isBpOverLimit(0, v, bp),
    },
    {
      label: 'Heart rate, beats a minute',
      points: s.heartRate,
      range: heartRateAxis(s),
      zones: [
        [DOWN, hr.min],
        [hr.max, UP],
      ],
      limits: [hr.min, hr.max],
      outside: (v) => isHeartRateOutside(v, hr),
    },
  ];
  return all.filter((p) => p.points.length > 0);
}

/** The limits, plus the range's ends where they do not crowd a limit's label. */
function gridValues(range: [number, number], limits: number[], y: (v: number) => number): number[] {
  const apart = (v: number) => limits.every((l) => Math.abs(y(v) - y(l)) >= 12);
  return [...limits, ...range.filter((v) => !limits.includes(v) && apart(v))];
}

function PanelView({ p, top, x }: { p: Panel; top: number; x: (at: number) => number }) {
  const range = p.range;
  const y = linearScale(range, [top + 14 + PANEL, top + 14]);
  const clampY = (v: number) => y(Math.min(range[1], Math.max(range[0], v)));
  return (
    <g class="vc-panel">
      <text class="chart-label vc-title" x={LEFT} y={top + 9} fill="currentColor">
        {p.label}
      </text>
      {p.zones.map(([lo, hi]) => (
        <rect
          key={lo}
          class="vc-zone"
          x={LEFT}
          width={RIGHT - LEFT}
          y={clampY(hi)}
          height={Math.max(0, clampY(lo) - clampY(hi))}
        />
      ))}
      <ValueGrid
        values={gridValues(range, p.limits, y)}
        y={y}
        x0={LEFT}
        x1={RIGHT}
        label={numberText}
      />
      <Line class="vc-line" points={p.points.map((q) => [x(q.at), y(q.value)])} />
      {p.points.map((q, i) => (
        <circle
          key={i}
          class={p.outside(q.value) ? 'vc-point vc-over' : 'vc-point'}
          cx={x(q.at)}
          cy={y(q.value)}
          r={p.outside(q.value) ? 4.5 : 3}
        />
      ))}
    </g>
  );
}

/** BP and heart rate with the provider's limits shaded; pass the timeline's `from`/`to`. */
export function VitalsChart(props: { series: VitalsSeries; from: number; to: number }) {
  const { series: s } = props;
  if (!hasVitals(s)) return <p class="muted">No blood pressure or heart rate was recorded.</p>;
  const x = linearScale(
    [props.from, Math.max(props.to, props.from + 60_000)],
    [LEFT + 6, RIGHT - 6],
  );
  const shown = panels(s);
  const { bpLimit: bp, heartRateLimit: hr } = s;
  return (
    <ChartFigure
      title="Blood pressure and heart rate"
      description={
        `Shaded areas are outside your provider's limits: blood pressure above ` +
        `${bp.systolic}/${bp.diastolic}, heart rate below ${hr.min} or above ${hr.max}. ` +
        'Readings there are drawn larger.'
      }
      height={shown.length * STEP + 24}
      class="vitals-chart"
      alternative={<VitalsTable series={s} />}
    >
      {shown.map((p, i) => (
        <PanelView key={p.label} p={p} top={i * STEP} x={x} />
      ))}
      <TimeAxis
        ticks={timeTicks(props.from, props.to)}
        x={x}
        y={shown.length * STEP + 2}
        x0={LEFT}
        x1={RIGHT}
        label={clockTime}
      />
    </ChartFigure>
  );
}
