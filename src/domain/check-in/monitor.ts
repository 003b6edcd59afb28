import type { EntryInput } from '../log/entry';
import { hasRaisedAlarm, type SessionFold } from '../log/session-fold';
import { missedDueTimes, type ScheduleState } from './schedule';

// What the check-in clock asks for at a given moment: which entries to write (missed check-ins,
// each alarm once), whether to sound the one-minute chime, and which alarm tone should be looping.
// Pure, so every decision is a unit test; the hook only carries it out.

/** An entry to write, keyed so that a tick during an in-flight write does not write it twice. */
export interface MonitorWrite {
  key: string;
  entry: Extract<EntryInput, { kind: 'check-in-missed' | 'alarm-raised' }>;
}

/** Everything the monitor should do now. */
export interface MonitorDecision {
  writes: MonitorWrite[];
  /** Play the gentle one-minute chime (its `alarm-raised` entry is among the writes). */
  chime: boolean;
  /** The alarm tone that should be looping; undefined for silence. */
  tone: 'due' | 'urgent' | undefined;
}

/** Decide what the clock asks for at `now`, given the session so far and its schedule. */
export function monitorDecision(
  fold: SessionFold,
  schedule: ScheduleState | undefined,
  now: number,
): MonitorDecision {
  const writes: MonitorWrite[] = [];
  if (!schedule || fold.anchorAt === undefined) return { writes, chime: false, tone: undefined };
  const missed = missedDueTimes({
    anchorAt: fold.anchorAt,
    intervalMin: fold.intervalMin,
    now,
    alreadyRecorded: fold.missedDueAts,
  });
  for (const dueAt of missed) {
    writes.push({
      key: `missed:${dueAt}`,
      entry: { kind: 'check-in-missed', data: { dueAt, lateMs: now - dueAt } },
    });
  }
  const { phase, nextDueAt: dueAt } = schedule;
  const chime = phase === 'pre-alert' && !hasRaisedAlarm(fold, dueAt, 'pre');
  if (chime) writes.push(alarmWrite(dueAt, 'pre'));
  // An urgent alarm first records the due alarm it grew out of, if the app missed that moment.
  const levels =
    phase === 'urgent' ? (['due', 'urgent'] as const) : phase === 'due' ? (['due'] as const) : [];
  for (const level of levels)
    if (!hasRaisedAlarm(fold, dueAt, level)) writes.push(alarmWrite(dueAt, level));
  return {
    writes,
    chime,
    tone: phase === 'urgent' ? 'urgent' : phase === 'due' ? 'due' : undefined,
  };
}

function alarmWrite(dueAt: number, level: 'pre' | 'due' | 'urgent'): MonitorWrite {
  return { key: `${level}:${dueAt}`, entry: { kind: 'alarm-raised', data: { dueAt, level } } };
}

/** The notification's words for each alarm tone. */
export const ALARM_NOTICE = {
  due: { title: 'Check-in due', body: 'Time to check on the patient. Open Sitwell to record it.' },
  urgent: {
    title: 'Check-in overdue — check on them now',
    body: 'The check-in is more than 2 minutes late. Open Sitwell and check on the patient.',
  },
} as const;
