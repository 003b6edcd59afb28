import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { TimeTick } from '../../domain/review/chart-scale';

// Pieces every review chart shares: the accessible figure around the SVG, and the axes. Colours
// come from CSS classes and `currentColor`, so the charts follow the light and dark themes; sizes
// come from the viewBox, so they scale down to a 320 px screen.

/** The chart's drawing width in SVG units; it scales to the width of its container. */
export const CHART_WIDTH = 320;

/**
 * An SVG chart as an image with a name (`title`) and a one-sentence description, followed by its
 * text alternative in a `<details>` (a table a screen reader or anyone can open).
 */
export function ChartFigure(props: {
  title: string;
  description: string;
  height: number;
  class?: string;
  children: ComponentChildren;
  alternative: ComponentChildren;
  alternativeLabel?: string;
  /** Shown below the chart, outside the details (e.g. a legend or safety links). */
  after?: ComponentChildren;
}) {
  const id = useId();
  return (
    <figure class={props.class ? `chart ${props.class}` : 'chart'}>
      <svg
        class="chart-svg"
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        viewBox={`0 0 ${CHART_WIDTH} ${props.height}`}
        width="100%"
        preserveAspectRatio="xMidYMid meet"
        font-size="11"
      >
        <title id={`${id}-title`}>{props.title}</title>
        <desc id={`${id}-desc`}>{props.description}</desc>
        {props.children}
      </svg>
      {props.after}
      <details class="chart-alt">
        <summary>{props.alternativeLabel ?? 'Show as a table'}</summary>
        {props.alternative}
      </details>
    </figure>
  );
}

/** Which ticks get a label: at most `max`, spread evenly, preferring ticks on the hour. */
export function labelledTicks(ticks: readonly TimeTick[], max = 4): Set<number> {
  const hours = ticks.filter((t) => t.hour);
  const pool = hours.length >= 2 ? hours : ticks;
  const every = Math.max(1, Math.ceil(pool.length / max));
  return new Set(pool.filter((_, i) => i % every === 0).map((t) => t.at));
}

/** Keep a label near an edge inside the drawing: anchor it at its start or end there. */
export function edgeAnchor(x: number, x0: number, x1: number): 'start' | 'middle' | 'end' {
  return x < x0 + 24 ? 'start' : x > x1 - 24 ? 'end' : 'middle';
}

/** A horizontal time axis at `y`: a line, tick marks and some labels. */
export function TimeAxis(props: {
  ticks: readonly TimeTick[];
  x: (at: number) => number;
  y: number;
  x0: number;
  x1: number;
  label: (at: number) => string;
}) {
  const labelled = labelledTicks(props.ticks);
  return (
    <g class="chart-axis" aria-hidden="true">
      <line x1={props.x0} x2={props.x1} y1={props.y} y2={props.y} stroke="currentColor" />
      {props.ticks.map((t) => (
        <g key={t.at}>
          <line
            x1={props.x(t.at)}
            x2={props.x(t.at)}
            y1={props.y}
            y2={props.y + (t.hour ? 5 : 3)}
            stroke="currentColor"
          />
          {labelled.has(t.at) && (
            <text
              class="chart-label"
              x={props.x(t.at)}
              y={props.y + 16}
              text-anchor={edgeAnchor(props.x(t.at), props.x0, props.x1)}
              fill="currentColor"
            >
              {props.label(t.at)}
            </text>
          )}
        </g>
      ))}
    </g>
  );
}

/** A value axis as light grid lines with labels at the left edge. */
export function ValueGrid(props: {
  values: readonly number[];
  y: (v: number) => number;
  x0: number;
  x1: number;
  label: (v: number) => string;
}) {
  return (
    <g class="chart-grid" aria-hidden="true">
      {props.values.map((v) => (
        <g key={v}>
          <line
            class="chart-gridline"
            x1={props.x0}
            x2={props.x1}
            y1={props.y(v)}
            y2={props.y(v)}
          />
          <text
            class="chart-label"
            x={props.x0 - 4}
            y={props.y(v) + 4}
            text-anchor="end"
            fill="currentColor"
          >
            {props.label(v)}
          </text>
        </g>
      ))}
    </g>
  );
}

/** A polyline through points, drawn only when there are at least two. */
export function Line(props: { points: readonly [number, number][]; class: string }) {
  if (props.points.length < 2) return null;
  const d = props.points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
  return <polyline class={props.class} points={d} fill="none" stroke="currentColor" />;
}

/** A small drawing for a legend entry (12 × 12 units), hidden from screen readers. */
export function Swatch({ children }: { children: ComponentChildren }) {
  return (
    <svg class="legend-swatch" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
      {children}
    </svg>
  );
}
