import { describe, expect, it } from 'vitest';
import {
  dueReminders,
  reminderId,
  type ReminderState,
} from '../../../src/domain/check-in/reminders';
import { ALERT, atMin, closingLog, type ClosingLog } from '../../fixtures/closing-log';

// Dose at minute 2, so the default 40-minute re-check is due at minute 42.
const base = () => closingLog().started(0).dose(3, 2);

function stateAt(log: ClosingLog, nowMin: number, bpRecheckMin = [40]): ReminderState[] {
  return dueReminders({
    doseAt: atMin(2),
    protocol: { bpRecheckMin },
    entries: log.entries,
    now: atMin(nowMin),
  }).map((r) => r.state);
}

describe('dueReminders', () => {
  it('plans each re-check from the dose, in time order and without repeats', () => {
    const reminders = dueReminders({
      doseAt: atMin(2),
      protocol: { bpRecheckMin: [90, 40, 40] },
      entries: [],
      now: atMin(0),
    });
    expect(reminders).toEqual([
      { id: 'bp-40', minutesAfterDose: 40, dueAt: atMin(42), state: 'upcoming' },
      { id: 'bp-90', minutesAfterDose: 90, dueAt: atMin(92), state: 'upcoming' },
    ]);
    expect(reminderId(40)).toBe('bp-40');
  });

  it('has nothing to remind before the dose is known', () => {
    expect(
      dueReminders({
        doseAt: undefined,
        protocol: { bpRecheckMin: [40] },
        entries: [],
        now: atMin(60),
      }),
    ).toEqual([]);
  });

  it('is upcoming before its time and due from its time on', () => {
    expect(stateAt(base(), 41)).toEqual(['upcoming']);
    expect(stateAt(base(), 42)).toEqual(['due']);
    expect(stateAt(base(), 200)).toEqual(['due']);
  });

  it('is done or skipped by the sitter’s answer, matched by id', () => {
    expect(stateAt(base().add(43, 'reminder-done', { reminderId: 'bp-40' }), 44)).toEqual(['done']);
    expect(
      stateAt(base().add(43, 'reminder-skipped', { reminderId: 'bp-40', reason: 'asleep' }), 44),
    ).toEqual(['skipped']);
    expect(stateAt(base().add(43, 'reminder-done', { reminderId: 'bp-90' }), 44)).toEqual(['due']);
  });

  it('is done by a blood-pressure reading within 10 minutes either side of its time', () => {
    expect(stateAt(base().bp(32, 130, 85), 35)).toEqual(['done']);
    expect(stateAt(base().bp(31, 130, 85), 35)).toEqual(['upcoming']);
    expect(stateAt(base().bp(52, 130, 85, 'recheck'), 55)).toEqual(['done']);
    expect(stateAt(base().bp(53, 130, 85, 'recheck'), 55)).toEqual(['due']);
    expect(stateAt(base().checkIn(45, ALERT, { systolic: 140, diastolic: 90 }), 46)).toEqual([
      'done',
    ]);
  });

  it('needs both numbers for a reading to count', () => {
    expect(stateAt(base().checkIn(45, ALERT, { systolic: 140, heartRate: 80 }), 46)).toEqual([
      'due',
    ]);
  });

  it('counts a reading over an earlier skip', () => {
    const log = base().add(42, 'reminder-skipped', { reminderId: 'bp-40' }).bp(48, 135, 88);
    expect(stateAt(log, 50)).toEqual(['done']);
  });

  it('gives each planned re-check its own state', () => {
    const log = base().bp(41, 150, 90).add(60, 'reminder-skipped', { reminderId: 'bp-60' });
    expect(stateAt(log, 100, [40, 60, 90, 120])).toEqual(['done', 'skipped', 'due', 'upcoming']);
  });
});
