import { describe, expect, it } from 'vitest';
import {
  linearScale,
  niceRange,
  tickStepMin,
  timeTicks,
} from '../../../src/domain/review/chart-scale';
import { MINUTE, atMin } from '../../fixtures/closing-log';

describe('linearScale', () => {
  it('maps a domain onto a range, flipped ranges included', () => {
    const y = linearScale([0, 10], [100, 0]);
    expect([y(0), y(5), y(10)]).toEqual([100, 50, 0]);
    expect(linearScale([3, 3], [0, 10])(3)).toBe(5);
  });
});

describe('niceRange', () => {
  it('rounds out to whole steps and takes in the limits', () => {
    expect(niceRange([118, 152], 20, [160])).toEqual([100, 160]);
    expect(niceRange([80], 10)).toEqual([70, 90]);
    expect(niceRange([], 10)).toBeUndefined();
    // Nothing but the zero line: the band starts at zero instead of going negative.
    expect(niceRange([], 30, [0])).toEqual([0, 30]);
    expect(niceRange([-10], 10)).toEqual([-20, 0]);
  });
});

describe('time ticks', () => {
  it('chooses 15, 30, 60 or 120 minutes to keep at most seven ticks', () => {
    expect(tickStepMin(0, 90 * MINUTE)).toBe(15);
    expect(tickStepMin(0, 3 * 60 * MINUTE)).toBe(30);
    expect(tickStepMin(0, 6 * 60 * MINUTE)).toBe(60);
    expect(tickStepMin(0, 12 * 60 * MINUTE)).toBe(120);
  });

  it('puts ticks on round local clock times inside the range', () => {
    const ticks = timeTicks(atMin(7), atMin(95));
    expect(ticks.length).toBeGreaterThan(3);
    for (const t of ticks) {
      expect(t.at).toBeGreaterThanOrEqual(atMin(7));
      expect(t.at).toBeLessThanOrEqual(atMin(95));
      expect(new Date(t.at).getMinutes() % 15).toBe(0);
      expect(t.hour).toBe(new Date(t.at).getMinutes() === 0);
    }
    expect(ticks[1]!.at - ticks[0]!.at).toBe(15 * MINUTE);
    expect(timeTicks(atMin(10), atMin(5))).toEqual([]);
  });
});
