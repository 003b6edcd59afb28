import { isKind, type Entry } from '../log/entry';
import { bpReadings } from '../log/log-queries';
import type { Protocol } from '../protocol/protocol';

// Planned blood-pressure re-checks after the dose [SPR-hcp, SPR-label: BP peaks about 40 min after
// dosing]. Gentle prompts shown beside the countdown: they never sound the check-in alarm.

/** Where a planned re-check stands. */
export type ReminderState = 'upcoming' | 'due' | 'done' | 'skipped';

/** One planned re-check. */
export interface Reminder {
  /**
   * `bp-40` for the re-check 40 min after the dose; stored in `reminder-done`/`reminder-skipped`.
   */
  id: string;
  minutesAfterDose: number;
  dueAt: number;
  state: ReminderState;
}

/** Input to `dueReminders`. */
export interface ReminderInput {
  /** When the dose was taken; without it there is nothing to count from, so no reminders. */
  doseAt: number | undefined;
  protocol: Pick<Protocol, 'bpRecheckMin'>;
  entries: readonly Entry[];
  now: number;
}

/** A reading this close to a re-check's due time (before or after) counts as that re-check. */
export const REMINDER_MATCH_MS = 10 * 60_000;

/** Reminder id for a re-check `minutes` after the dose. */
export function reminderId(minutes: number): string {
  return `bp-${minutes}`;
}

/** A reminder id in words, e.g. "blood-pressure re-check at 40 min"; unknown ids as they are. */
export function reminderLabel(id: string): string {
  const m = /^bp-(\d+)$/.exec(id);
  return m ? `blood-pressure re-check at ${m[1]} min` : id;
}

/** The planned re-checks in time order, each with its state at `now`. */
export function dueReminders(input: ReminderInput): Reminder[] {
  const { doseAt, protocol, entries, now } = input;
  if (doseAt === undefined) return [];
  const done = new Set<string>();
  const skipped = new Set<string>();
  for (const e of entries) {
    if (isKind(e, 'reminder-done')) done.add(e.data.reminderId);
    if (isKind(e, 'reminder-skipped')) skipped.add(e.data.reminderId);
  }
  const readings = bpReadings(entries).map((r) => r.at);
  const minutes = [...new Set(protocol.bpRecheckMin)].sort((a, b) => a - b);
  return minutes.map((m) => {
    const id = reminderId(m);
    const dueAt = doseAt + m * 60_000;
    const measured = readings.some((at) => Math.abs(at - dueAt) <= REMINDER_MATCH_MS);
    // A reading is the fact the reminder asked for, so it wins over an earlier "skip".
    const state: ReminderState =
      done.has(id) || measured
        ? 'done'
        : skipped.has(id)
          ? 'skipped'
          : now >= dueAt
            ? 'due'
            : 'upcoming';
    return { id, minutesAfterDose: m, dueAt, state };
  });
}
