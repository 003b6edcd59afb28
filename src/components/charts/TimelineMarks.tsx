import type { ComponentChildren } from 'preact';
import { linearScale } from '../../domain/review/chart-scale';
import type { SessionTimeline } from '../../domain/review/timeline';
import { Swatch } from './ChartParts';

// The timeline's marks apart from check-ins: dose and ready lines, and the row of small event
// marks (prompts as triangles, notes as squares, the patient's words as dots, missed as ×).

/** Top and bottom of the check-in lane (where the inward stretch is shaded). */
export const LANE_TOP = 18;
/** Bottom of the check-in lane. */
export const LANE_BOTTOM = 96;
const EVENTS_Y = 114;

/** Where a check-in of each settled level sits: 4 (settled) at the top, 0 at the bottom. */
export const levelY = linearScale([0, 4], [LANE_BOTTOM - 6, LANE_TOP + 6]);

/** Classes of the event row's marks, by what they mark. */
const EVENT_CLASS = {
  emergency: 'tl-event tl-esc tl-esc-emergency',
  'call-provider': 'tl-event tl-esc tl-esc-call-provider',
  support: 'tl-event tl-esc tl-esc-support',
  note: 'tl-event tl-note',
  words: 'tl-event tl-words',
  missed: 'tl-event tl-missed',
} as const;

function Triangle({ x, cls }: { x: number; cls: string }) {
  const y = EVENTS_Y;
  return <path class={cls} d={`M${x},${y - 6} L${x + 5},${y + 3} L${x - 5},${y + 3} Z`} />;
}

/** Prompts, notes, words and missed check-ins as small marks in one row. */
export function EventRow({ t, x }: { t: SessionTimeline; x: (at: number) => number }) {
  return (
    <g aria-hidden="true">
      {t.notes.map((n, i) => (
        <rect
          key={`n${i}`}
          class={EVENT_CLASS.note}
          x={x(n.at) - 3}
          y={EVENTS_Y - 3}
          width="6"
          height="6"
        />
      ))}
      {t.words.map((w, i) => (
        <circle key={`w${i}`} class={EVENT_CLASS.words} cx={x(w.at)} cy={EVENTS_Y} r="3" />
      ))}
      {t.missed.map((at) => (
        <text
          key={`m${at}`}
          class={EVENT_CLASS.missed}
          x={x(at)}
          y={EVENTS_Y + 4}
          text-anchor="middle"
          fill="currentColor"
        >
          ×
        </text>
      ))}
      {t.escalations.map((e, i) => (
        <Triangle key={`e${i}`} x={x(e.at)} cls={EVENT_CLASS[e.tier]} />
      ))}
    </g>
  );
}

/** A labelled vertical line across the lane (the dose, the ready time). */
export function Marker({
  at,
  label,
  cls,
  x,
  right,
}: {
  at?: number;
  label: string;
  cls: string;
  x: (at: number) => number;
  right: number;
}) {
  if (at === undefined) return null;
  const px = x(at);
  const anchor = px < 40 ? 'start' : px > right - 40 ? 'end' : 'middle';
  return (
    <g class={cls} aria-hidden="true">
      <line x1={px} x2={px} y1={LANE_TOP - 4} y2={LANE_BOTTOM} stroke="currentColor" />
      <text class="chart-label" x={px} y={LANE_TOP - 7} text-anchor={anchor} fill="currentColor">
        {label}
      </text>
    </g>
  );
}

/** A key to the marks that appear in this timeline (only those present). */
export function TimelineLegend({ t }: { t: SessionTimeline }) {
  const items: [boolean, ComponentChildren, string][] = [
    [
      t.checkIns.length > 0,
      <circle class="tl-mark settled-4" cx="6" cy="6" r="4" />,
      'A check-in: higher means more settled',
    ],
    [t.inward.length > 0, <rect class="tl-inward" width="12" height="12" />, 'Turned inward'],
    [
      t.grounding.length > 0,
      <rect class="tl-grounding" y="3" width="12" height="6" />,
      'Grounding',
    ],
    [
      t.escalations.some((e) => e.tier !== 'support'),
      <path class={EVENT_CLASS['call-provider']} d="M6,1 L11,11 L1,11 Z" />,
      'Sitwell said to call',
    ],
    [
      t.notes.length > 0,
      <rect class={EVENT_CLASS.note} x="3" y="3" width="6" height="6" />,
      'Your sitter’s note',
    ],
    [t.words.length > 0, <circle class={EVENT_CLASS.words} cx="6" cy="6" r="3" />, 'Your words'],
    [
      t.missed.length > 0,
      <path class="tl-missed-swatch" d="M2,2 L10,10 M10,2 L2,10" stroke="currentColor" />,
      'Missed check-in',
    ],
  ];
  return (
    <ul class="chart-legend">
      {items
        .filter(([shown]) => shown)
        .map(([, swatch, label]) => (
          <li key={label}>
            <Swatch>{swatch}</Swatch> {label}
          </li>
        ))}
    </ul>
  );
}
