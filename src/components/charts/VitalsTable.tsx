import { clockTime } from '../../domain/format/time';
import {
  isBpOverLimit,
  isHeartRateOutside,
  type VitalsSeries,
} from '../../domain/review/vitals-series';

interface Row {
  at: number;
  bp?: [number, number];
  heartRate?: number;
}

function rowsOf(s: VitalsSeries): Row[] {
  const byAt = new Map<number, Row>();
  const row = (at: number): Row => {
    let r = byAt.get(at);
    if (!r) byAt.set(at, (r = { at }));
    return r;
  };
  s.systolic.forEach((p, i) => (row(p.at).bp = [p.value, s.diastolic[i]?.value ?? Number.NaN]));
  s.heartRate.forEach((p) => (row(p.at).heartRate = p.value));
  return [...byAt.values()].sort((a, b) => a.at - b.at);
}

/** Every reading as a row (time, blood pressure, heart rate), saying which were out of range. */
export function VitalsTable({ series: s }: { series: VitalsSeries }) {
  const over = ' (above the limit)';
  return (
    <table class="chart-table">
      <thead>
        <tr>
          <th scope="col">Time</th>
          <th scope="col">Blood pressure</th>
          <th scope="col">Heart rate</th>
        </tr>
      </thead>
      <tbody>
        {rowsOf(s).map((r) => (
          <tr key={r.at}>
            <td>{clockTime(r.at)}</td>
            <td>
              {r.bp ? `${r.bp[0]}/${r.bp[1]}` : '—'}
              {r.bp && isBpOverLimit(r.bp[0], r.bp[1], s.bpLimit) ? over : ''}
            </td>
            <td>
              {r.heartRate ?? '—'}
              {r.heartRate !== undefined && isHeartRateOutside(r.heartRate, s.heartRateLimit)
                ? ' (outside the range)'
                : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
