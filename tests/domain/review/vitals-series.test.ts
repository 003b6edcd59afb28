import { describe, expect, it } from 'vitest';
import { DEFAULT_PROTOCOL } from '../../../src/domain/protocol/protocol';
import {
  bpRange,
  hasVitals,
  heartRateRange,
  isBpOverLimit,
  isHeartRateOutside,
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

  it('draws axes that hold every reading and both limits', () => {
    const s = vitalsSeries(reviewLog().entries, DEFAULT_PROTOCOL);
    expect(bpRange(s)).toEqual([80, 180]);
    expect(heartRateRange(s)).toEqual([50, 120]);
    const none = vitalsSeries(closingLog().started(0).entries, DEFAULT_PROTOCOL);
    expect(hasVitals(none)).toBe(false);
    expect(bpRange(none)).toEqual([100, 160]);
  });

  it('says when a value is beyond the provider’s limits', () => {
    const limit = { systolic: 160, diastolic: 100 };
    expect(isBpOverLimit(160, 100, limit)).toBe(false);
    expect(isBpOverLimit(150, 101, limit)).toBe(true);
    expect(isHeartRateOutside(49, { min: 50, max: 120 })).toBe(true);
    expect(isHeartRateOutside(120, { min: 50, max: 120 })).toBe(false);
  });
});
