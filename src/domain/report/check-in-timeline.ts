import { formatDuration } from '../format/duration';
import { clockMadeMissed } from '../log/clock-changes';
import type { Entry } from '../log/entry';
import {
  BREATHING_LABEL,
  COMFORT_LABEL,
  RESPONSIVENESS_LABEL,
  type Observation,
} from '../log/observation';

// The check-ins as the REMS form asks for them: each with what was seen and whether it came on
// time, late (by how much), or was missed. A check-in counts as late when a "due" alarm had sounded
// for it more than a minute before; it is on time otherwise.

/** One line of the timeline. */
export interface TimelineRow {
  at: number;
  tzOffset: number;
  status: 'on-time' | 'late' | 'missed';
  /** How late: the check-in after its due time, or a missed one when it was recorded. */
  lateMs?: number;
  dueAt?: number;
  observation?: Observation;
}

const GRACE_MS = 60_000;

/** Check-ins and missed check-ins in log order, with their timing. */
export function checkInTimeline(entries: readonly Entry[]): TimelineRow[] {
  const rows: TimelineRow[] = [];
  let dueAt: number | undefined;
  // Left out: "missed" check-ins only a device clock jump produced (the log says so).
  const clockMade = clockMadeMissed(entries);
  for (const e of entries) {
    const base = { at: e.at, tzOffset: e.tzOffset };
    if (e.kind === 'alarm-raised') {
      const alarm = (e as Entry<'alarm-raised'>).data;
      if (alarm.level !== 'pre') dueAt ??= alarm.dueAt;
    } else if (e.kind === 'check-in-missed') {
      const missed = (e as Entry<'check-in-missed'>).data;
      if (clockMade.has(missed.dueAt)) continue;
      rows.push({ ...base, status: 'missed', dueAt: missed.dueAt, lateMs: missed.lateMs });
      dueAt ??= missed.dueAt;
    } else if (e.kind === 'check-in') {
      const { observation } = (e as Entry<'check-in'>).data;
      const late = dueAt === undefined ? 0 : e.at - dueAt;
      rows.push(
        late > GRACE_MS
          ? { ...base, status: 'late', lateMs: late, dueAt, observation }
          : { ...base, status: 'on-time', observation },
      );
      dueAt = undefined;
    }
  }
  return rows;
}

/** "On time", "Late by 4 min", "Missed (due 14:35), 5 min late when recorded". */
export function timingText(row: TimelineRow, clock: (at: number) => string): string {
  if (row.status === 'on-time') return 'On time';
  const late = formatDuration(row.lateMs ?? 0);
  if (row.status === 'late') return `Late by ${late}`;
  return `Missed (due ${clock(row.dueAt!)}), ${late} late when recorded`;
}

/** The answers of a row as table cells: responsiveness, breathing, comfort. */
export function observationCells(o: Observation | undefined): [string, string, string] {
  if (o?.resting) return ['Resting', 'Normal', ''];
  return [
    o?.responsiveness ? RESPONSIVENESS_LABEL[o.responsiveness] : '',
    o?.breathing ? BREATHING_LABEL[o.breathing] : '',
    o?.comfort ? COMFORT_LABEL[o.comfort] : '',
  ];
}
