import { describe, expect, it } from 'vitest';
import {
  deadlineFor,
  dueRounds,
  eventEffect,
  ladderStart,
  nextRoundAt,
  rungStarts,
} from '../../../src/domain/relay/ladder';
import { LADDER_DEFAULTS, REALERT_MS } from '../../../src/domain/relay/limits';
import { MISSED_MS } from '../../../src/domain/check-in/schedule';

const MIN = 60_000;
const t = { missedAfterMs: 5 * MIN, clinicAfterMs: 1 * MIN, backupAfterMs: 10 * MIN };
const D = Date.UTC(2026, 5, 1, 12);

describe('the alert ladder', () => {
  it('puts the deadline at due + the missed threshold, the app’s own by default', () => {
    expect(deadlineFor(D, t)).toBe(D + 5 * MIN);
    expect(deadlineFor(null, t)).toBeNull();
    expect(LADDER_DEFAULTS.missedAfterMin * MIN).toBe(MISSED_MS);
  });

  it('climbs sitter → clinic → backup contact for an overdue check-in', () => {
    expect(rungStarts('overdue', D, t)).toEqual([
      { rung: 'sitter', at: D },
      { rung: 'clinic', at: D + MIN },
      { rung: 'backup', at: D + 10 * MIN },
    ]);
    expect(dueRounds('overdue', D, t, D - 1)).toEqual([]);
    expect(dueRounds('overdue', D, t, D)).toEqual([{ rung: 'sitter', round: 0 }]);
    expect(dueRounds('overdue', D, t, D + MIN)).toEqual([
      { rung: 'sitter', round: 1 },
      { rung: 'clinic', round: 0 },
    ]);
    expect(dueRounds('overdue', D, t, D + 10 * MIN + 5)).toEqual([
      { rung: 'sitter', round: 10 },
      { rung: 'clinic', round: 9 },
      { rung: 'backup', round: 0 },
    ]);
  });

  it('sends an emergency to the clinic at once, and to the backup contact later', () => {
    expect(dueRounds('emergency', D, t, D)).toEqual([{ rung: 'clinic', round: 0 }]);
    expect(dueRounds('emergency', D, t, D + 10 * MIN).map((r) => r.rung)).toEqual([
      'clinic',
      'backup',
    ]);
  });

  it('re-alerts every 60 s: the next round falls one minute after the last', () => {
    expect(REALERT_MS).toBe(MIN);
    expect(nextRoundAt('overdue', D, t, D)).toBe(D + MIN);
    expect(nextRoundAt('overdue', D, t, D + MIN + 1)).toBe(D + 2 * MIN);
    expect(nextRoundAt('emergency', D, t, D + 30_000)).toBe(D + MIN);
    // Long after a pause the next round is the next minute, never one in the past.
    expect(nextRoundAt('overdue', D, t, D + 90 * MIN + 7)).toBe(D + 91 * MIN);
  });

  it('counts an overdue ladder from the deadline and an emergency from when it came', () => {
    expect(ladderStart('overdue', D, D + 5000)).toBe(D);
    expect(ladderStart('emergency', D, D + 5000)).toBe(D + 5000);
  });

  it('lets only the latest event close alerts; an emergency opens one whenever it arrives', () => {
    expect(eventEffect('check-in', true).closes).toEqual(['overdue']);
    expect(eventEffect('check-in', false).closes).toEqual([]);
    expect(eventEffect('resolved', true).closes).toEqual(['overdue', 'emergency']);
    expect(eventEffect('ended', true)).toEqual({
      closes: ['overdue', 'emergency'],
      emergency: false,
      ends: true,
    });
    expect(eventEffect('emergency', false).emergency).toBe(true);
    expect(eventEffect('note' as never, true)).toEqual({
      closes: [],
      emergency: false,
      ends: false,
    });
  });
});
