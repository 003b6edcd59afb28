import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_MISSED_PER_CALL,
  MISSED_MS,
  PRE_ALERT_MS,
  URGENT_MS,
  intervalMs,
  missedDueTimes,
  scheduleState,
} from '../../../src/domain/check-in/schedule';
import { formatCountdown, formatDuration } from '../../../src/domain/format/duration';
import { describeEntry } from '../../../src/domain/report/describe-entry';
import { MIN, makeEntry } from '../../fixtures/entries';

const A = Date.UTC(2026, 2, 10, 13, 0); // the anchor
const DUE = A + 15 * MIN;
const at = (now: number, intervalMin = 15) => scheduleState({ anchorAt: A, intervalMin, now });
const missed = (now: number, alreadyRecorded: number[] = [], intervalMin = 15) =>
  missedDueTimes({ anchorAt: A, intervalMin, now, alreadyRecorded });

describe('thresholds', () => {
  it('are one minute, two minutes and five minutes', () => {
    expect([PRE_ALERT_MS, URGENT_MS, MISSED_MS]).toEqual([60_000, 120_000, 300_000]);
  });
});

describe('scheduleState', () => {
  it('counts down to anchor + interval', () => {
    const s = at(A + 5 * MIN);
    expect(s).toMatchObject({
      nextDueAt: DUE,
      firstDueAt: DUE,
      msToDue: 10 * MIN,
      phase: 'waiting',
      overdueMs: 0,
    });
    expect(s.upcomingDueAt).toBe(DUE);
    expect(s.passedDueCount).toBe(0);
    expect(s.clockBehind).toBe(false);
  });

  it('uses the interval it is given', () => {
    expect(at(A, 10).nextDueAt).toBe(A + 10 * MIN);
    expect(at(A, 10).msToDue).toBe(10 * MIN);
  });

  it('enters the pre-alert exactly 60 s before due', () => {
    expect(at(DUE - 60_001).phase).toBe('waiting');
    expect(at(DUE - 60_000).phase).toBe('pre-alert');
    expect(at(DUE - 59_999).phase).toBe('pre-alert');
    expect(at(DUE - 1).phase).toBe('pre-alert');
  });

  it('skips the pre-alert when the chime is off', () => {
    expect(
      scheduleState({ anchorAt: A, intervalMin: 15, now: DUE - 30_000, preAlert: false }).phase,
    ).toBe('waiting');
    expect(scheduleState({ anchorAt: A, intervalMin: 15, now: DUE, preAlert: false }).phase).toBe(
      'due',
    );
  });

  it('is due at the due time and urgent at exactly 2 min overdue', () => {
    expect(at(DUE)).toMatchObject({ phase: 'due', msToDue: 0, overdueMs: 0 });
    expect(at(DUE + URGENT_MS - 1)).toMatchObject({ phase: 'due', overdueMs: URGENT_MS - 1 });
    expect(at(DUE + URGENT_MS)).toMatchObject({
      phase: 'urgent',
      overdueMs: URGENT_MS,
      msToDue: -URGENT_MS,
    });
  });

  it('keeps the alarm on the first unmet due time while later ones pass', () => {
    const s = at(A + 40 * MIN);
    expect(s.phase).toBe('urgent');
    expect(s.nextDueAt).toBe(DUE);
    expect(s.msToDue).toBe(-25 * MIN);
    expect(s.overdueMs).toBe(25 * MIN);
    expect(s.latestDueAt).toBe(A + 30 * MIN);
    expect(s.upcomingDueAt).toBe(A + 45 * MIN);
    expect(s.passedDueCount).toBe(2);
  });

  it('puts a due time that is exactly now in the past for upcomingDueAt', () => {
    const s = at(A + 30 * MIN);
    expect(s.latestDueAt).toBe(A + 30 * MIN);
    expect(s.upcomingDueAt).toBe(A + 45 * MIN);
  });

  it('waits one full interval when the clock went backwards', () => {
    for (const now of [A - 1, A - 3 * 60 * MIN]) {
      const s = at(now);
      expect(s.phase).toBe('waiting');
      expect(s.clockBehind).toBe(true);
      expect(s.msToDue).toBe(15 * MIN);
      expect(s.overdueMs).toBe(0);
    }
    // Just after the anchor the countdown is within the interval again.
    expect(at(A).msToDue).toBe(15 * MIN);
    expect(at(A).clockBehind).toBe(false);
  });
});

describe('intervalMs', () => {
  it('converts minutes and refuses intervals that would never stop being due', () => {
    expect(intervalMs(15)).toBe(900_000);
    expect(intervalMs(0)).toBe(60_000);
    expect(intervalMs(-5)).toBe(60_000);
    expect(intervalMs(Number.NaN)).toBe(900_000);
  });
});

describe('missedDueTimes', () => {
  it('records a due time as missed at exactly 5 min overdue, not before', () => {
    expect(missed(DUE + MISSED_MS - 1)).toEqual([]);
    expect(missed(DUE + MISSED_MS)).toEqual([DUE]);
  });

  it('finds every missed interval over a 40-minute gap', () => {
    // +15 and +30 are more than 5 min overdue; +45 has not come yet.
    expect(missed(A + 40 * MIN)).toEqual([A + 15 * MIN, A + 30 * MIN]);
  });

  it('does not repeat a due time already recorded', () => {
    expect(missed(A + 40 * MIN, [A + 15 * MIN])).toEqual([A + 30 * MIN]);
    expect(missed(A + 40 * MIN, [A + 15 * MIN, A + 30 * MIN])).toEqual([]);
  });

  it('handles a 10-hour gap quickly and the same way every time', () => {
    const now = A + 10 * 60 * MIN;
    const t0 = performance.now();
    const list = missed(now);
    expect(performance.now() - t0).toBeLessThan(20);
    // 600 min: due at +15 … +585 are 5+ min overdue; +600 is due but not yet missed.
    expect(list).toHaveLength(39);
    expect(list[0]).toBe(A + 15 * MIN);
    expect(list[38]).toBe(A + 585 * MIN);
    list.forEach((d, i) => expect(d).toBe(A + (i + 1) * 15 * MIN));
    expect(missed(now)).toEqual(list);
  });

  it('returns nothing when the clock is behind the anchor', () => {
    expect(missed(A - 60 * MIN)).toEqual([]);
    expect(missed(A)).toEqual([]);
  });

  it('caps one call and continues on the next for a clock far ahead', () => {
    const now = A + 365 * 24 * 60 * MIN;
    const first = missed(now);
    expect(first).toHaveLength(MAX_MISSED_PER_CALL);
    const second = missed(now, first);
    expect(second[0]).toBe(A + (MAX_MISSED_PER_CALL + 1) * 15 * MIN);
  });
});

describe('formatCountdown', () => {
  it('shows m:ss, a minus when overdue, and hours from 60 min', () => {
    expect(formatCountdown(14 * MIN + 5_000)).toBe('14:05');
    expect(formatCountdown(-(2 * MIN + 10_000))).toBe('-2:10');
    expect(formatCountdown(62 * MIN + 3_000)).toBe('1:02:03');
    expect(formatCountdown(60 * MIN)).toBe('1:00:00');
    expect(formatCountdown(59_000)).toBe('0:59');
  });

  it('reaches 0:00 exactly at due and never shows -0:00', () => {
    expect(formatCountdown(500)).toBe('0:01');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(-500)).toBe('0:00');
    expect(formatCountdown(-1_000)).toBe('-0:01');
    expect(formatCountdown(Number.NaN)).toBe('--:--');
  });
});

describe('formatDuration', () => {
  it('shows hours and padded minutes, minutes, or seconds', () => {
    expect(formatDuration(125 * MIN)).toBe('2 h 05 min');
    expect(formatDuration(14 * MIN)).toBe('14 min');
    expect(formatDuration(14 * MIN + 29_000)).toBe('14 min');
    expect(formatDuration(14 * MIN + 31_000)).toBe('15 min');
    expect(formatDuration(40_000)).toBe('40 s');
    expect(formatDuration(-5_000)).toBe('0 s');
  });
});

describe('across the 2026-11-01 fall-back in New York', () => {
  // The unit tsconfig has no Node types; Node re-reads the zone whenever env.TZ is assigned.
  const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } })
    .process.env;
  const savedTz = env.TZ;
  beforeAll(() => {
    env.TZ = 'America/New_York';
  });
  afterAll(() => {
    if (savedTz === undefined) delete env.TZ;
    else env.TZ = savedTz;
  });

  // 00:50 EDT; at 06:00 UTC the clocks go back from 02:00 EDT to 01:00 EST.
  const start = Date.UTC(2026, 10, 1, 4, 50);

  it('keeps due times exactly one interval apart in absolute time', () => {
    expect(new Date(start).getTimezoneOffset()).toBe(240);
    expect(new Date(start + 2 * 60 * MIN).getTimezoneOffset()).toBe(300);
    const list = missedDueTimes({
      anchorAt: start,
      intervalMin: 15,
      now: start + 2 * 60 * MIN,
      alreadyRecorded: [],
    });
    expect(list).toHaveLength(7);
    for (let i = 1; i < list.length; i++) expect(list[i]! - list[i - 1]!).toBe(15 * MIN);
  });

  it('counts down 15 real minutes from a check-in just before the change', () => {
    const anchor = Date.UTC(2026, 10, 1, 5, 55); // 01:55 EDT; due 01:10 EST
    const s = scheduleState({ anchorAt: anchor, intervalMin: 15, now: anchor + 5 * MIN });
    expect(s.nextDueAt - anchor).toBe(15 * MIN);
    expect(s.msToDue).toBe(10 * MIN);
    expect(s.phase).toBe('waiting');
  });

  it('describes due times in local wall-clock time on both sides', () => {
    const list = missedDueTimes({
      anchorAt: start,
      intervalMin: 15,
      now: start + 2 * 60 * MIN,
      alreadyRecorded: [],
    });
    const lines = list.map((dueAt, i) =>
      describeEntry(
        makeEntry('s', i + 2, dueAt + MISSED_MS, 'check-in-missed', { dueAt, lateMs: MISSED_MS }),
      ),
    );
    expect(lines).toEqual(
      ['01:05', '01:20', '01:35', '01:50', '01:05', '01:20', '01:35'].map(
        (t) => `Missed check-in (due ${t}, 5 min late)`,
      ),
    );
  });
});
