import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LABEL,
  isUnsourcedDefault,
  UNSOURCED_DEFAULT_FIELDS,
} from '../../../src/domain/protocol/defaults-basis';
import { DEFAULT_PROTOCOL, type Protocol } from '../../../src/domain/protocol/protocol';
import { protocolInForce } from '../../../src/domain/protocol/stored';

const T0 = Date.UTC(2026, 10, 21, 9, 0);

describe('the stored protocol, read back', () => {
  it('runs Sitwell’s defaults when nothing is stored', () => {
    expect(protocolInForce(undefined)).toEqual({ protocol: DEFAULT_PROTOCOL, refused: [] });
    expect(protocolInForce({ values: {} })).toEqual({ protocol: DEFAULT_PROTOCOL, refused: [] });
  });

  it('runs a valid stored protocol over the defaults', () => {
    const rec = { values: { intervalMin: 10, minMonitoringMin: 180 }, importedAt: T0 };
    expect(protocolInForce(rec)).toEqual({
      protocol: { ...DEFAULT_PROTOCOL, intervalMin: 10, minMonitoringMin: 180 },
      refused: [],
    });
  });

  it('sets aside a protocol imported under the old bounds, says why, and leaves it stored as it was', () => {
    // Accepted before the limits: a 20-minute interval and a 90-minute watch.
    const rec = {
      values: { intervalMin: 20, minMonitoringMin: 90, spo2Min: 94 },
      importedAt: T0,
    };
    const before = structuredClone(rec);
    const { protocol, refused } = protocolInForce(rec);
    // Not even the valid part runs: a protocol is used whole or not at all.
    expect(protocol).toEqual(DEFAULT_PROTOCOL);
    expect(refused).toEqual([
      {
        path: 'protocol.intervalMin',
        message:
          'Check-in interval: 20 minutes is longer than the 15 minutes programs require ' +
          '[seed interview, MB-help]; choose 15 or less.',
      },
      {
        path: 'protocol.minMonitoringMin',
        message:
          'Minimum monitoring time: 90 minutes is shorter than the 2 hours (120 minutes) ' +
          'Spravato monitoring requires [SPR-hcp, FDA-REMS]; choose 120 or more.',
      },
    ]);
    expect(rec).toEqual(before);
  });

  it('sets aside stored values damaged in storage, naming the field', () => {
    const damaged = { values: { heartRate: 'fast' } as unknown as Partial<Protocol> };
    const { protocol, refused } = protocolInForce(damaged);
    expect(protocol).toEqual(DEFAULT_PROTOCOL);
    expect(refused.map((p) => p.path)).toEqual(['protocol.heartRate']);
    expect(refused[0]!.message).toMatch(/^Heart-rate range: got "fast"/);
  });
});

describe('defaults without a published source', () => {
  it('are the in-session BP limit, the heart-rate range and the oxygen limit', () => {
    expect([...UNSOURCED_DEFAULT_FIELDS]).toEqual(['sessionBp', 'heartRate', 'spo2Min']);
    expect(DEFAULT_PROTOCOL).toMatchObject({
      sessionBp: { systolic: 160, diastolic: 100 },
      heartRate: { min: 50, max: 120 },
      spo2Min: 90,
    });
  });

  it('leave out every default DF gives a source for', () => {
    for (const key of ['intervalMin', 'minMonitoringMin', 'preDoseBp', 'bpRecheckMin'] as const)
      expect(isUnsourcedDefault(key)).toBe(false);
    expect(isUnsourcedDefault('spo2Min')).toBe(true);
  });

  it('share one label', () => {
    expect(DEFAULT_LABEL).toBe('Sitwell’s conservative default; the provider may change it');
  });
});
