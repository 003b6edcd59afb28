import { numberText } from '../../domain/format/time';
import { linearScale, niceRange } from '../../domain/review/chart-scale';
import {
  readyMinutes,
  seriesPoints,
  type SeriesPoint,
  type SeriesRow,
} from '../../domain/review/series';
import { CHART_WIDTH, ChartFigure, Line, Swatch, ValueGrid } from '../charts/ChartParts';
import { SeriesValues } from './SeriesTable';

// The series at a glance: mood before and after each session (two lines, circles and squares so
// colour is not needed to tell them apart), the highest blood pressure of each session (a bar
// from the bottom number to the top one), and the minutes from dose to ready as bars.

const LEFT = 30;
const RIGHT = CHART_WIDTH - 8;
const MOOD_TOP = 16;
const MOOD_BOTTOM = 86;
const BP_TOP = 118;
const BP_BOTTOM = 174;
const READY_TOP = 206;
const READY_BOTTOM = 252;
const AXIS_Y = 260;
const H = AXIS_Y + 28;

/** Session numbers that get a label: at most eight, always the first and the last. */
function numberLabels(n: number): number[] {
  const every = Math.max(1, Math.ceil(n / 8));
  const out = Array.from({ length: n }, (_, i) => i + 1).filter((k) => (k - 1) % every === 0);
  if (out.at(-1) !== n) out.push(n);
  return out;
}

function MoodLines({ rows, x }: { rows: readonly SeriesRow[]; x: (n: number) => number }) {
  const y = linearScale([0, 10], [MOOD_BOTTOM, MOOD_TOP]);
  const before = seriesPoints(rows, (r) => r.moodBefore);
  const after = seriesPoints(rows, (r) => r.moodAfter);
  const xy = (ps: SeriesPoint[]) => ps.map((p) => [x(p.number), y(p.value)] as [number, number]);
  return (
    <g class="sr-mood">
      <text class="chart-label" x={LEFT} y={MOOD_TOP - 6} fill="currentColor">
        Mood, 0 to 10
      </text>
      <ValueGrid values={[0, 5, 10]} y={y} x0={LEFT} x1={RIGHT} label={numberText} />
      <Line class="sr-line sr-before" points={xy(before)} />
      <Line class="sr-line sr-after" points={xy(after)} />
      {before.map((p) => (
        <circle
          key={p.number}
          class="sr-point sr-before"
          cx={x(p.number)}
          cy={y(p.value)}
          r="3.5"
        />
      ))}
      {after.map((p) => (
        <rect
          key={p.number}
          class="sr-point sr-after"
          x={x(p.number) - 3.5}
          y={y(p.value) - 3.5}
          width="7"
          height="7"
        />
      ))}
    </g>
  );
}

function HighestBp({ rows, x }: { rows: readonly SeriesRow[]; x: (n: number) => number }) {
  const readings = rows.flatMap((r) => (r.highestBp ? [{ number: r.number, ...r.highestBp }] : []));
  const range = niceRange(
    readings.flatMap((r) => [r.systolic, r.diastolic]),
    20,
  ) ?? [60, 180];
  const y = linearScale(range, [BP_BOTTOM, BP_TOP]);
  return (
    <g class="sr-bp">
      <text class="chart-label" x={LEFT} y={BP_TOP - 8} fill="currentColor">
        Highest blood pressure
      </text>
      <ValueGrid values={range} y={y} x0={LEFT} x1={RIGHT} label={numberText} />
      {readings.map((r) => (
        <g key={r.number} class="sr-bp-reading">
          <line
            class="sr-bp-range"
            x1={x(r.number)}
            x2={x(r.number)}
            y1={y(r.diastolic)}
            y2={y(r.systolic)}
          />
          <circle class="sr-point sr-bp-top" cx={x(r.number)} cy={y(r.systolic)} r="3" />
          <circle class="sr-point sr-bp-bottom" cx={x(r.number)} cy={y(r.diastolic)} r="2" />
        </g>
      ))}
    </g>
  );
}

function ReadyBars({
  rows,
  x,
  barW,
}: {
  rows: readonly SeriesRow[];
  x: (n: number) => number;
  barW: number;
}) {
  const points = seriesPoints(rows, readyMinutes);
  const range = niceRange(
    points.map((p) => p.value),
    30,
    [0],
  ) ?? [0, 180];
  const y = linearScale(range, [READY_BOTTOM, READY_TOP]);
  return (
    <g class="sr-ready">
      <text class="chart-label" x={LEFT} y={READY_TOP - 8} fill="currentColor">
        Minutes to ready
      </text>
      <ValueGrid values={range} y={y} x0={LEFT} x1={RIGHT} label={numberText} />
      {points.map((p) => (
        <rect
          key={p.number}
          class="sr-bar"
          x={x(p.number) - barW / 2}
          width={barW}
          y={y(p.value)}
          height={Math.max(1, y(range[0]) - y(p.value))}
        />
      ))}
    </g>
  );
}

/** Mood before and after, and time to ready, over the sessions; its table lists the same values. */
export function SeriesChart({ rows }: { rows: readonly SeriesRow[] }) {
  const n = rows.length;
  const x = linearScale([1, Math.max(1, n)], [LEFT + 10, RIGHT - 10]);
  const barW = Math.max(2, Math.min(16, ((RIGHT - LEFT - 20) / Math.max(1, n)) * 0.6));
  return (
    <ChartFigure
      title="Your sessions so far"
      description={
        `${n} session${n === 1 ? '' : 's'}, in order. The top part shows your mood before and ` +
        'after each one, the middle part the highest blood pressure, and the bottom part how ' +
        'long it took until you were ready.'
      }
      height={H}
      class="series-chart"
      alternative={<SeriesValues rows={rows} />}
      after={<SeriesLegend />}
    >
      <MoodLines rows={rows} x={x} />
      <HighestBp rows={rows} x={x} />
      <ReadyBars rows={rows} x={x} barW={barW} />
      <g class="chart-axis" aria-hidden="true">
        <text
          class="chart-label"
          x={(LEFT + RIGHT) / 2}
          y={AXIS_Y + 22}
          text-anchor="middle"
          fill="currentColor"
        >
          Session number
        </text>
        {numberLabels(n).map((k) => (
          <text
            key={k}
            class="chart-label"
            x={x(k)}
            y={AXIS_Y + 8}
            text-anchor="middle"
            fill="currentColor"
          >
            {k}
          </text>
        ))}
      </g>
    </ChartFigure>
  );
}

/** The key, in the page's text so it wraps at any width and text size. */
function SeriesLegend() {
  return (
    <ul class="chart-legend">
      <li>
        <Swatch>
          <circle class="sr-point sr-before" cx="6" cy="6" r="4" />
        </Swatch>{' '}
        Mood before
      </li>
      <li>
        <Swatch>
          <rect class="sr-point sr-after" x="2" y="2" width="8" height="8" />
        </Swatch>{' '}
        Mood after
      </li>
      <li>
        <Swatch>
          <path class="sr-bp-range" d="M6,1 L6,11" />
        </Swatch>{' '}
        Blood pressure, bottom to top number
      </li>
      <li>
        <Swatch>
          <rect class="sr-bar" x="2" y="1" width="8" height="11" />
        </Swatch>{' '}
        Minutes from the dose to ready
      </li>
    </ul>
  );
}
