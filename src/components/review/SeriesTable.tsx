import { useId } from 'preact/hooks';
import { dayDate, numberText } from '../../domain/format/time';
import { readyMinutes, type SeriesRow } from '../../domain/review/series';

// Every session of the series as one row of figures. Wide on a phone, so it scrolls sideways in
// a focusable region (keyboard users can scroll it too).

const minutes = (ms: number | undefined): string =>
  ms === undefined
    ? '—'
    : numberText(Math.round(ms / 60_000), { style: 'unit', unit: 'minute', unitDisplay: 'short' });

const mood = (r: SeriesRow): string => {
  const v = (n: number | undefined) => (n === undefined ? '—' : numberText(n));
  return r.moodBefore === undefined && r.moodAfter === undefined
    ? '—'
    : `${v(r.moodBefore)} → ${v(r.moodAfter)}`;
};

/** The series as a table: number, date, dose, time to ready, highest BP, distress, missed, mood. */
export function SeriesTable({ rows }: { rows: readonly SeriesRow[] }) {
  const id = useId();
  return (
    <div class="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table class="series-table">
        <caption id={id}>Your sessions, one row each</caption>
        <thead>
          <tr>
            <th scope="col">Session</th>
            <th scope="col">Date</th>
            <th scope="col">Dose</th>
            <th scope="col">Dose to ready</th>
            <th scope="col">Highest blood pressure</th>
            <th scope="col">Distress episodes</th>
            <th scope="col">Missed check-ins</th>
            <th scope="col">Mood before → after</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.sessionId}>
              <th scope="row">{numberText(r.number)}</th>
              <td>{dayDate(r.startedAt)}</td>
              <td>{r.doseText ?? '—'}</td>
              <td>{minutes(r.doseToReadyMs)}</td>
              <td>{r.highestBp ? `${r.highestBp.systolic}/${r.highestBp.diastolic}` : '—'}</td>
              <td>{numberText(r.distressEpisodes)}</td>
              <td>{numberText(r.missed)}</td>
              <td>{mood(r)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The values the series chart draws (mood before and after, minutes to ready), as a table. */
export function SeriesValues({ rows }: { rows: readonly SeriesRow[] }) {
  const show = (v: number | undefined) => (v === undefined ? '—' : numberText(v));
  return (
    <table class="chart-table">
      <thead>
        <tr>
          <th scope="col">Session</th>
          <th scope="col">Mood before</th>
          <th scope="col">Mood after</th>
          <th scope="col">Minutes to ready</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.sessionId}>
            <th scope="row">{r.number}</th>
            <td>{show(r.moodBefore)}</td>
            <td>{show(r.moodAfter)}</td>
            <td>{show(readyMinutes(r))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
