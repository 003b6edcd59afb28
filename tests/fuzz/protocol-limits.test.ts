import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeProtocolFragment, encodeProtocolFragment } from '../../src/domain/protocol/fragment';
import { DEFAULT_PROTOCOL, type Protocol } from '../../src/domain/protocol/protocol';
import { protocolInForce } from '../../src/domain/protocol/stored';
import { validateProtocolValue } from '../../src/domain/protocol/validation';

// Protocols generated inside and outside the clinical limits (every 15 minutes or more often
// [seed interview, MB-help]; at least 2 hours of monitoring [SPR-hcp, FDA-REMS]), through every
// way a protocol comes in: the file, the link and the stored record read back.

const bp = fc
  .record({
    systolic: fc.integer({ min: 91, max: 200 }),
    diastolic: fc.integer({ min: 50, max: 130 }),
  })
  .filter((b) => b.systolic > b.diastolic);

/** Any protocol a provider may set: every field optional, every value inside its range. */
const validProtocol: fc.Arbitrary<Partial<Protocol>> = fc.record(
  {
    intervalMin: fc.integer({ min: 5, max: 15 }),
    minMonitoringMin: fc.integer({ min: 120, max: 480 }),
    preDoseBp: bp,
    closingBp: bp,
    sessionBp: bp,
    heartRate: fc
      .record({ min: fc.integer({ min: 30, max: 100 }), max: fc.integer({ min: 80, max: 200 }) })
      .filter((h) => h.min < h.max),
    spo2Min: fc.integer({ min: 80, max: 98 }),
    bpRecheckMin: fc
      .uniqueArray(fc.integer({ min: 5, max: 480 }), { maxLength: 8 })
      .map((l) => [...l].sort((a, b) => a - b)),
    bpBeforeEnd: fc.boolean(),
    instructions: fc
      .string({ maxLength: 50 })
      .filter((t) => !/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/.test(t)),
    providerName: fc.constantFrom('', 'Dr Rivera'),
    providerPhone: fc.constantFrom('', '+1 555 010 0100'),
  },
  { requiredKeys: [] },
);

/** One of the two limits broken, by how much. */
const outOfRange = fc.oneof(
  fc.integer({ min: 16, max: 10_000 }).map((x) => ({ intervalMin: x })),
  fc.integer({ min: -10_000, max: 119 }).map((x) => ({ minMonitoringMin: x })),
);
const REASON = {
  intervalMin:
    /^Check-in interval: -?\d+ minutes? is longer than the 15 minutes programs require \[seed interview, MB-help\]; choose 15 or less\.$/,
  minMonitoringMin:
    /^Minimum monitoring time: -?\d+ minutes? is shorter than the 2 hours \(120 minutes\) Spravato monitoring requires \[SPR-hcp, FDA-REMS\]; choose 120 or more\.$/,
};
const file = (protocol: unknown) => ({ format: 'sitwell-protocol', version: 1, protocol });

describe('protocol limits, fuzzed', { timeout: 30_000 }, () => {
  it('accepts every protocol inside the limits, by file, by link and read back', () => {
    fc.assert(
      fc.property(validProtocol, (values) => {
        expect(validateProtocolValue(file(values))).toEqual({ ok: true, values });
        const link = decodeProtocolFragment(encodeProtocolFragment({ values }));
        expect(link).toEqual({ ok: true, values });
        expect(protocolInForce({ values, importedAt: 1 })).toEqual({
          protocol: { ...DEFAULT_PROTOCOL, ...values },
          refused: [],
        });
      }),
      { numRuns: 400 },
    );
  });

  it('refuses a protocol past either limit everywhere, with the reason, and applies none of it', () => {
    fc.assert(
      fc.property(validProtocol, outOfRange, (values, bad) => {
        const [field] = Object.keys(bad) as (keyof typeof REASON)[];
        const protocol = { ...values, ...bad };
        for (const result of [
          validateProtocolValue(file(protocol)),
          decodeProtocolFragment(encodeProtocolFragment({ values: protocol })),
        ]) {
          expect(result.ok).toBe(false);
          expect(result).not.toHaveProperty('values');
          if (!result.ok)
            expect(result.problems).toEqual([
              { path: `protocol.${field}`, message: expect.stringMatching(REASON[field!]) },
            ]);
        }
        // Read back from storage: the defaults run, the reason is kept, the record is untouched.
        const stored = { values: protocol, importedAt: 1 };
        const before = structuredClone(stored);
        const inForce = protocolInForce(stored);
        expect(inForce.protocol).toEqual(DEFAULT_PROTOCOL);
        expect(inForce.refused.map((p) => p.path)).toEqual([`protocol.${field}`]);
        expect(stored).toEqual(before);
      }),
      { numRuns: 400 },
    );
  });

  it('reads any stored values back as all of them or none, never throwing', () => {
    const anyValues = fc.dictionary(
      fc.constantFrom(...Object.keys(DEFAULT_PROTOCOL), 'closingBp'),
      fc.jsonValue({ maxDepth: 2 }),
    );
    fc.assert(
      fc.property(anyValues, (values) => {
        const { protocol, refused } = protocolInForce({ values: values as Partial<Protocol> });
        if (refused.length > 0) expect(protocol).toEqual(DEFAULT_PROTOCOL);
        else expect(validateProtocolValue(file(protocol)).ok).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
