import { describe, expect, it } from 'vitest';
import { pendingRecheck } from '../../../src/domain/check-in/recheck';
import { scheduleState } from '../../../src/domain/check-in/schedule';
import { escalationLog as log, mins, T0 } from '../../fixtures/escalation-log';

const scheduled = (reason: 'responsiveness' | 'bp-crisis', at: number) =>
  log().add('recheck-scheduled', { dueAt: at + 5 * 60_000, reason }, at);

describe('pendingRecheck', () => {
  it('is open until a check-in follows a responsiveness re-check', () => {
    const b = scheduled('responsiveness', mins(20));
    expect(pendingRecheck(b.entries)).toEqual({
      dueAt: mins(25),
      reason: 'responsiveness',
      at: mins(20),
    });
    b.checkIn(mins(24), { responsiveness: 'normal' });
    expect(pendingRecheck(b.entries)).toBeUndefined();
  });

  it('needs a blood-pressure reading, not just a check-in, after a bp-crisis re-check', () => {
    const b = scheduled('bp-crisis', mins(20)).checkIn(mins(22), { responsiveness: 'normal' });
    expect(pendingRecheck(b.entries)?.reason).toBe('bp-crisis');
    b.vitals(mins(25), { systolic: 170, diastolic: 100 });
    expect(pendingRecheck(b.entries)).toBeUndefined();
  });
});

describe('scheduleState with a re-check', () => {
  it('brings the due time forward and says so', () => {
    const s = scheduleState({ anchorAt: T0, intervalMin: 15, now: mins(3), recheckAt: mins(5) });
    expect(s).toMatchObject({ nextDueAt: mins(5), msToDue: 2 * 60_000, recheck: true });
  });

  it('ignores a re-check later than the usual due time, or before the anchor', () => {
    expect(
      scheduleState({ anchorAt: T0, intervalMin: 15, now: mins(3), recheckAt: mins(20) }),
    ).toMatchObject({ nextDueAt: mins(15), recheck: false });
    expect(
      scheduleState({ anchorAt: mins(10), intervalMin: 15, now: mins(11), recheckAt: mins(5) }),
    ).toMatchObject({ nextDueAt: mins(25), recheck: false });
  });

  it('turns due and urgent at the re-check time like any due time', () => {
    const at = (now: number) =>
      scheduleState({ anchorAt: T0, intervalMin: 15, now, recheckAt: mins(5) }).phase;
    expect(at(mins(5))).toBe('due');
    expect(at(mins(7))).toBe('urgent');
  });
});
