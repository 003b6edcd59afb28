import { describe, expect, it } from 'vitest';
import { ALARM_NOTICE, monitorDecision } from '../../../src/domain/check-in/monitor';
import { scheduleState } from '../../../src/domain/check-in/schedule';
import { foldSession } from '../../../src/domain/log/session-fold';
import { MIN, makeLog, started, type Step } from '../../fixtures/entries';

// The check-in clock's decisions at a moment: what to write, whether to chime, which tone to loop.

const T0 = Date.UTC(2026, 2, 10, 13, 0);
const DUE = T0 + 15 * MIN;

function decide(steps: readonly Step[], now: number, preAlert = true) {
  const fold = foldSession(makeLog('s1', T0, steps));
  const schedule = scheduleState({
    anchorAt: fold.anchorAt!,
    intervalMin: fold.intervalMin,
    now,
    preAlert,
  });
  return monitorDecision(fold, schedule, now);
}

const alarm = (t: number, dueAt: number, level: 'pre' | 'due' | 'urgent'): Step => ({
  t,
  kind: 'alarm-raised',
  data: { dueAt, level },
});

describe('monitorDecision', () => {
  it('does nothing while the next check-in is more than a minute away', () => {
    expect(decide([started()], T0 + 10 * MIN)).toEqual({
      writes: [],
      chime: false,
      tone: undefined,
    });
  });

  it('chimes once, a minute before, and logs the chime', () => {
    const d = decide([started()], DUE - 30_000);
    expect(d.chime).toBe(true);
    expect(d.tone).toBeUndefined();
    expect(d.writes).toEqual([
      { key: `pre:${DUE}`, entry: { kind: 'alarm-raised', data: { dueAt: DUE, level: 'pre' } } },
    ]);
    // Once the chime is in the log it is not played again.
    expect(decide([started(), alarm(14.5 * MIN, DUE, 'pre')], DUE - 20_000).chime).toBe(false);
  });

  it('never chimes when the sitter turned the chime off', () => {
    expect(decide([started()], DUE - 30_000, false).chime).toBe(false);
  });

  it('raises the due alarm at the due time and loops the due tone', () => {
    const d = decide([started()], DUE + 1000);
    expect(d.tone).toBe('due');
    expect(d.writes.map((w) => w.key)).toEqual([`due:${DUE}`]);
    expect(decide([started(), alarm(15 * MIN, DUE, 'due')], DUE + 2000).writes).toEqual([]);
  });

  it('turns urgent at two minutes overdue, logging a due alarm the app missed first', () => {
    const d = decide([started()], DUE + 2 * MIN);
    expect(d.tone).toBe('urgent');
    expect(d.writes.map((w) => w.entry.data)).toEqual([
      { dueAt: DUE, level: 'due' },
      { dueAt: DUE, level: 'urgent' },
    ]);
  });

  it('records a missed check-in five minutes after its due time, with how late it was', () => {
    const now = DUE + 5 * MIN + 10_000;
    const d = decide([started(), alarm(15 * MIN, DUE, 'due'), alarm(17 * MIN, DUE, 'urgent')], now);
    expect(d.writes).toEqual([
      {
        key: `missed:${DUE}`,
        entry: { kind: 'check-in-missed', data: { dueAt: DUE, lateMs: now - DUE } },
      },
    ]);
    expect(d.tone).toBe('urgent');
  });

  it('after a long absence records every missed due time once, oldest first', () => {
    const now = T0 + 49 * MIN;
    const d = decide([started()], now);
    const missed = d.writes.filter((w) => w.entry.kind === 'check-in-missed').map((w) => w.key);
    expect(missed).toEqual([`missed:${DUE}`, `missed:${DUE + 15 * MIN}`]);
    const recorded: Step[] = [
      started(),
      { t: 49 * MIN, kind: 'check-in-missed', data: { dueAt: DUE, lateMs: 35 * MIN } },
    ];
    const again = decide(recorded, now).writes.filter((w) => w.entry.kind === 'check-in-missed');
    expect(again.map((w) => w.key)).toEqual([`missed:${DUE + 15 * MIN}`]);
  });

  it('is silent once a check-in moved the anchor', () => {
    const checkIn: Step = {
      t: 16 * MIN,
      kind: 'check-in',
      data: { observation: { resting: true }, quick: true },
    };
    expect(decide([started(), alarm(15 * MIN, DUE, 'due'), checkIn], 17 * MIN + T0).tone).toBe(
      undefined,
    );
  });

  it('does nothing without a schedule (no session start yet, or ended)', () => {
    const fold = foldSession([]);
    expect(monitorDecision(fold, undefined, T0)).toEqual({
      writes: [],
      chime: false,
      tone: undefined,
    });
  });

  it('words the notification for both alarm levels', () => {
    expect(ALARM_NOTICE.due.title).toBe('Check-in due');
    expect(ALARM_NOTICE.urgent.body).toMatch(/more than 2 minutes late/);
  });
});
