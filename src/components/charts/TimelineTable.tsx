import { clockTime } from '../../domain/format/time';
import type { SessionTimeline } from '../../domain/review/timeline';
import { timelineRows } from '../../domain/review/timeline-rows';

/** The session as a table of times and what happened: the timeline chart's text alternative. */
export function TimelineTable({ t }: { t: SessionTimeline }) {
  return (
    <table class="chart-table">
      <thead>
        <tr>
          <th scope="col">Time</th>
          <th scope="col">What happened</th>
        </tr>
      </thead>
      <tbody>
        {timelineRows(t, clockTime).map((r, i) => (
          <tr key={i} class={`tl-row-${r.kind}`}>
            <td>
              <time dateTime={new Date(r.at).toISOString()}>{clockTime(r.at)}</time>
            </td>
            <td>{r.text}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
