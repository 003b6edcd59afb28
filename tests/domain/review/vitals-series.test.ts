import { describe, expect, it } from 'vitest';
import { DEFAULT_PROTOCOL } from '../../../src/domain/protocol/protocol';
import {
  axisRange,
  diastolicAxis,
  hasVitals,
  heartRateAxis,
  isBpOverLimit,
  isHeartRateOutside,
  systolicAxis,
  vitalsSeries,
} from '../../../src/domain/review/vitals-series';
import { atMin, closingLog } from '../../fixtures/closing-log';
import { reviewLog } from '../../fixtures/review-log';

describe('vitalsSeries', () => {
  it('takes readings from check-ins and vitals entries, with the session’s limits', () => {
    const log = reviewLog().bp(129, 150, 92, 'closing');
    log.add(129, 'vitals', { vitals: { heartRate: 66 } });
    log.add(129, 'vitals', { vitals: { systolic: 140 } });
    const s = vitalsSeries(log.entries, DEFAULT_PROTOCOL);
    expect(s.systolic).toEqual([
      { at: atMin(60), value: 168 },
      { at: atMin(105), value: 142 },
      { at: atMin(129), value: 150 },
    ]);
    expect(s.diastolic.map((p) => p.value)).toEqual([96, 88, 92]);
    expect(s.heartRate.map((p) => p.value)).toEqual([92, 78, 66]);
    expect(s.bpLimit).toEqual({ systolic: 160, diastolic: 100 });
    expect(s.heartRateLimit).toEqual({ min: 50, max: 120 });
    expect(hasVitals(s)).toBe(true);
  });

  it('draws axes that hold every reading, each limit and a step beyond it', () => {
    const s = vitalsSeries(reviewLog().entries, DEFAULT_PROTOCOL);
    expect(systolicAxis(s)).toEqual([140, 180]);
    expect(diastolicAxis(s)).toEqual([80, 120]);
    expect(heartRateAxis(s)).toEqual([40, 130]);
    const none = vitalsSeries(closingLog().started(0).entries, DEFAULT_PROTOCOL);
    expect(hasVitals(none)).toBe(false);
    expect(systolicAxis(none)).toEqual([160, 180]);
    expect(axisRange([{ at: 0, value: 212 }], 20, { above: 160 })).toEqual([160, 220]);
  });

  it('says when a value is beyond the provider’s limits', () => {
    const limit = { systolic: 160, diastolic: 100 };
    expect(isBpOverLimit(160, 100, limit)).toBe(false);
    expect(isBpOverLimit(150, 101, limit)).toBe(true);
    expect(isHeartRateOutside(49, { min: 50, max: 120 })).toBe(true);
    expect(isHeartRateOutside(120, { min: 50, max: 120 })).toBe(false);
  });
});
