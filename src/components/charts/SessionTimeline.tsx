import { clockTime } from '../../domain/format/time';
import { linearScale, timeTicks } from '../../domain/review/chart-scale';
import type { SettledLevel } from '../../domain/review/check-in-marks';
import { inwardSentence, readySentence } from '../../domain/review/patient-wording';
import type { SessionTimeline as Timeline } from '../../domain/review/timeline';
import { CHART_WIDTH, ChartFigure, TimeAxis } from './ChartParts';
import { EventRow, LANE_BOTTOM, LANE_TOP, levelY, Marker, TimelineLegend } from './TimelineMarks';
import { TimelineTable } from './TimelineTable';

// The patient's session drawn in time: the inward stretch shaded, each check-in a mark placed
// higher the more settled they were, grounding as a band, dose and ready as lines, and a row of
// small marks for prompts, notes, their words and missed check-ins.

const H = 150;
const LEFT = 8;
const RIGHT = CHART_WIDTH - 8;
const GROUNDING_Y = 100;
const AXIS_Y = 126;

const settledClass = (l: SettledLevel | undefined): string =>
  `tl-mark settled-${l === undefined ? 'none' : l}`;

/** The session timeline chart with its sentence and table alternatives. */
export function SessionTimeline({ timeline: t }: { timeline: Timeline }) {
  const x = linearScale([t.from, Math.max(t.to, t.from + 60_000)], [LEFT + 6, RIGHT - 6]);
  const band = (from: number, to: number) => ({ x: x(from), width: Math.max(2, x(to) - x(from)) });
  const description = [
    inwardSentence(t),
    readySentence(t, clockTime),
    'Marks higher up mean you were more settled at that check-in.',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <ChartFigure
      title="Your session over time"
      description={description}
      height={H}
      class="timeline-chart"
      alternative={<TimelineTable t={t} />}
      alternativeLabel="Show the session as a list"
      after={<TimelineLegend t={t} />}
    >
      {t.inward.map((s) => (
        <rect
          key={s.from}
          class={`tl-inward${s.deep ? ' tl-deep' : ''}${s === t.peak ? ' tl-peak' : ''}`}
          y={LANE_TOP}
          height={LANE_BOTTOM - LANE_TOP}
          {...band(s.from, s.to)}
        />
      ))}
      {t.grounding.map((g) => (
        <rect
          key={g.from}
          class="tl-grounding"
          y={GROUNDING_Y - 3}
          height="6"
          {...band(g.from, g.to)}
        />
      ))}
      <Marker
        at={t.doseRecorded ? t.doseAt : undefined}
        label="Dose"
        cls="tl-dose"
        x={x}
        right={RIGHT}
      />
      <Marker at={t.readyAt} label="Ready" cls="tl-ready" x={x} right={RIGHT} />
      {t.checkIns.map((c) => (
        <circle
          key={c.seq}
          class={settledClass(c.settled)}
          cx={x(c.at)}
          cy={levelY(c.settled ?? 2)}
          r="4.5"
        />
      ))}
      <EventRow t={t} x={x} />
      <TimeAxis
        ticks={timeTicks(t.from, t.to)}
        x={x}
        y={AXIS_Y}
        x0={LEFT}
        x1={RIGHT}
        label={clockTime}
      />
    </ChartFigure>
  );
}
