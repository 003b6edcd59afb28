import { clockTime } from '../../domain/format/time';
import type { BpReading } from '../../domain/log/log-queries';

// Blood-pressure readings at their times, as the summary and a received record show them.

const BP_CONTEXT: Record<BpReading['context'], string> = {
  'pre-dose': 'before the dose',
  recheck: 're-check',
  closing: 'before ending',
  'check-in': 'at a check-in',
  other: 'reading',
};

/** Every reading with its time, what it was for, and whether it was corrected. */
export function BpReadingList({ readings }: { readings: readonly BpReading[] }) {
  if (readings.length === 0) return <p class="muted">No readings recorded.</p>;
  return (
    <ul class="list" aria-label="Blood-pressure readings">
      {readings.map((r) => (
        <li key={`${r.seq}-${r.at}`}>
          {clockTime(r.at)} — {r.systolic}/{r.diastolic} mmHg ({BP_CONTEXT[r.context]})
          {r.heartRate !== undefined ? `, heart rate ${r.heartRate}` : ''}
          {r.corrected && <span class="corrected"> (corrected)</span>}
        </li>
      ))}
    </ul>
  );
}
