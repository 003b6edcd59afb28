import { dayDate, numberText, shortDate } from '../../domain/format/time';
import { linearScale } from '../../domain/review/chart-scale';
import { selfCheckSeries, type SelfCheck } from '../../domain/review/self-check';
import { INSTRUMENTS, type InstrumentId } from '../../domain/review/self-check-items';
import { CHART_WIDTH, ChartFigure, Line, ValueGrid } from '../charts/ChartParts';
import { CrisisLines } from './CrisisLines';

// One questionnaire's scores over time, on its standard bands. A PHQ-9 whose item 9 was answered
// above "not at all" is marked on the chart and always brings the support links with it: it is
// never just a number on a chart.

const LEFT = 30;
const RIGHT = CHART_WIDTH - 10;
const TOP = 10;
const BOTTOM = 130;
const H = BOTTOM + 22;

/** Scores of one instrument over time with its bands; `emergencyNumber` for the safety links. */
export function SelfCheckChart(props: {
  checks: readonly SelfCheck[];
  instrument: InstrumentId;
  emergencyNumber: string;
}) {
  const inst = INSTRUMENTS[props.instrument];
  const points = selfCheckSeries(props.checks, props.instrument);
  if (points.length === 0) return <p class="muted">No {inst.name} answered yet.</p>;
  const safety = points.filter((p) => p.safety);
  const first = points[0]!.at;
  const last = points.at(-1)!.at;
  const x = linearScale([first, Math.max(last, first + 1)], [LEFT + 10, RIGHT - 10]);
  const y = linearScale([0, inst.maxScore], [BOTTOM, TOP]);
  const latest = points.at(-1)!;
  const after =
    safety.length > 0 ? (
      <CrisisLines
        emergencyNumber={props.emergencyNumber}
        intro={
          `On ${safety.map((p) => dayDate(p.at)).join(', ')} you answered that you had ` +
          'thoughts that you would be better off dead or of hurting yourself. ' +
          'If you feel that way now, please reach out.'
        }
      />
    ) : undefined;
  return (
    <ChartFigure
      title={`${inst.name} scores over time`}
      description={
        `${points.length} answered. Latest: ${latest.score} of ${inst.maxScore}, ` +
        `${latest.band.label.toLowerCase()}, on ${dayDate(latest.at)}. ` +
        'The shaded bands are the standard ranges.'
      }
      height={H}
      class="self-check-chart"
      after={after}
      alternative={<ScoreTable points={points} />}
    >
      {inst.bands.map((b) => (
        <rect
          key={b.id}
          class={`sc-band sc-band-${b.id}`}
          x={LEFT}
          width={RIGHT - LEFT}
          y={y(Math.min(inst.maxScore, b.max + 0.5))}
          height={y(Math.max(0, b.min - 0.5)) - y(Math.min(inst.maxScore, b.max + 0.5))}
        />
      ))}
      <ValueGrid
        values={[...inst.bands.map((b) => b.min), inst.maxScore]}
        y={y}
        x0={LEFT}
        x1={RIGHT}
        label={numberText}
      />
      <Line class="sc-line" points={points.map((p) => [x(p.at), y(p.score)])} />
      {points.map((p) => (
        <circle
          key={p.id}
          class={p.safety ? 'sc-point sc-safety' : 'sc-point'}
          cx={x(p.at)}
          cy={y(p.score)}
          r={p.safety ? 6 : 3.5}
        />
      ))}
      <g class="chart-axis" aria-hidden="true">
        {[first, last]
          .filter((t, i) => i === 0 || t !== first)
          .map((t, i) => (
            <text
              key={t}
              class="chart-label"
              x={x(t)}
              y={BOTTOM + 16}
              text-anchor={i === 0 ? 'start' : 'end'}
              fill="currentColor"
            >
              {shortDate(t)}
            </text>
          ))}
      </g>
    </ChartFigure>
  );
}

const SAFETY_NOTE =
  ' — the last question was answered above “Not at all”; support links are shown with this chart';

function ScoreTable({ points }: { points: ReturnType<typeof selfCheckSeries> }) {
  return (
    <table class="chart-table">
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Score</th>
          <th scope="col">Range</th>
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.id}>
            <td>{dayDate(p.at)}</td>
            <td>{numberText(p.score)}</td>
            <td>
              {p.band.label}
              {p.safety && SAFETY_NOTE}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
