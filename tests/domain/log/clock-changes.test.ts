import { describe, expect, it } from 'vitest';
import { clockMadeMissed, undoneJump } from '../../../src/domain/log/clock-changes';
import { sessionSummary } from '../../../src/domain/report/summary';
import { DEFAULT_PROTOCOL } from '../../../src/domain/protocol/protocol';
import { makeLog, MIN, started, type Step } from '../../fixtures/entries';

// A clock jump ahead that is set back again made check-ins look missed that never were.

const T0 = Date.UTC(2026, 10, 22, 14, 0);
const ahead = (t: number, by: number): Step => ({
  t,
  kind: 'clock-changed',
  data: { deltaMs: by, offsetMs: 0, wallAt: T0 + t },
});
const back = (t: number, by: number, undoes?: number): Step => ({
  t,
  kind: 'clock-changed',
  data: { deltaMs: -by, offsetMs: by, wallAt: T0 + t - by, ...(undoes ? { undoes } : {}) },
});
const missed = (t: number, dueAt: number): Step => ({
  t,
  kind: 'check-in-missed',
  data: { dueAt: T0 + dueAt, lateMs: t - dueAt },
});

describe('undoneJump', () => {
  it('pairs a setback with the latest jump ahead of about the same size', () => {
    const log = makeLog('s', T0, [started(15), ahead(62 * MIN, 60 * MIN)]);
    expect(undoneJump(log, -59 * MIN)?.seq).toBe(2);
    expect(undoneJump(log, -30 * MIN)).toBeUndefined();
    expect(undoneJump(log, 60 * MIN)).toBeUndefined();
  });

  it('does not pair a jump that was already undone', () => {
    const log = makeLog('s', T0, [
      started(15),
      ahead(62 * MIN, 60 * MIN),
      back(63 * MIN, 60 * MIN, 2),
    ]);
    expect(undoneJump(log, -60 * MIN)).toBeUndefined();
  });
});

describe('clockMadeMissed', () => {
  // Check-in at 0, every 15 min. At 2 real minutes the clock jumps 60 min ahead: 15, 30 and 45
  // are logged as missed at once. A minute later it is set back. At 80 a real miss is logged.
  const steps = [
    started(15),
    ahead(62 * MIN, 60 * MIN),
    missed(62 * MIN, 15 * MIN),
    missed(62 * MIN, 30 * MIN),
    missed(62 * MIN, 45 * MIN),
    back(63 * MIN, 60 * MIN, 2),
    missed(97 * MIN, 90 * MIN),
  ];

  it('names the due times only the jump made look missed', () => {
    const log = makeLog('s', T0, steps);
    expect([...clockMadeMissed(log)].map((d) => (d - T0) / MIN)).toEqual([15, 30, 45]);
  });

  it('counts them apart in the summary', () => {
    const s = sessionSummary(makeLog('s', T0, steps), DEFAULT_PROTOCOL);
    expect(s.missedCount).toBe(1);
    expect(s.clockMissedCount).toBe(3);
  });

  it('counts every miss when the jump ahead was never set back (the phone may have slept)', () => {
    const log = makeLog('s', T0, steps.slice(0, 5));
    expect(clockMadeMissed(log).size).toBe(0);
    expect(sessionSummary(log, DEFAULT_PROTOCOL).missedCount).toBe(3);
  });
});
